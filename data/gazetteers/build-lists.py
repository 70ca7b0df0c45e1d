#!/usr/bin/env python3
"""Derives data/gazetteers/*.tsv from the public lists in a source folder (see README.md here).

A name enters a list only if the unlabelled news does not use it as an ordinary word: a one-word name whose
lower-case form occurs in the news more often than the capitalised form does mid-sentence ("Reading", "Mobile",
"Bath", "Will") is dropped, as are names under three letters. Decided by counting, not by hand.

Usage: build-lists.py SOURCES NEWS.jsonl EXCLUDE.jsonl OUT_DIR [WORDNET_DIR]
  SOURCES  folder with geonames-cities15k.tsv, moby-male-first-names.txt, moby-female-first-names.txt,
           humannames-list.txt
  NEWS     unlabelled news (JSON lines with "title" and "text")
  EXCLUDE  JSON lines whose titles are left out of NEWS (keeps an evaluation set unseen)
  WORDNET_DIR  WordNet 3.0's dict folder (Debian wordnet-base: /usr/share/wordnet): its capitalised nouns under
           organization add organisations.tsv, those under location, body of water, geological formation and
           structure add places (country column "wordnet")
"""
import collections
import json
import sys
import unicodedata

SENTENCE_ENDS = {".", "!", "?", '"', "''", "``", ":", ";", "\u201c", "\u201d", "(", "-", "--", "\u2014"}


def fold(text):
    """The name without diacritics ("São Paulo" -> "Sao Paulo"): news often writes it so."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def count_news(news_path, exclude_path):
    excluded = set()
    with open(exclude_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                excluded.add(json.loads(line)["title"])
    capitalised = collections.Counter()  # capitalised, not sentence-initial
    lower = collections.Counter()
    with open(news_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            article = json.loads(line)
            if article.get("title") in excluded:
                continue
            for paragraph in article["text"].split("\n"):
                previous = "."
                for token in paragraph.split():
                    word = token.strip(".,;:!?\"'()[]")
                    if word:
                        if word[0].isupper():
                            if previous not in SENTENCE_ENDS and not previous.endswith((".", "!", "?")):
                                capitalised[word] += 1
                        elif word[0].islower():
                            lower[word] += 1
                    previous = token
    return capitalised, lower


def plain_name(name, capitalised, lower):
    """True when a one-word name is not mostly an ordinary word in the news; longer names always pass."""
    if len(name) < 3 or not name[0].isupper():
        return False
    if " " in name or "-" in name:
        return True
    return lower[name.lower()] <= capitalised[name]


ORGANIZATION = "08008335"
PLACE_ROOTS = {"00027167", "09225146", "09287968", "04341686"}  # location, body of water, geological formation, structure


def wordnet_instances(folder):
    """(name, kind) for each capitalised instance noun of WordNet whose hypernyms reach an organisation or a place."""
    hypernyms, instances, lemmas = {}, {}, {}
    with open(f"{folder}/data.noun", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas[offset] = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
            rest = fields[4 + 2 * count:]
            pointers = int(rest[0])
            hypernyms[offset], instances[offset] = [], []
            for i in range(pointers):
                symbol, target = rest[1 + 4 * i], rest[2 + 4 * i]
                if symbol == "@":
                    hypernyms[offset].append(target)
                elif symbol == "@i":
                    instances[offset].append(target)
    memo = {}

    def ancestors(offset):
        if offset not in memo:
            memo[offset] = set()
            found = {offset}
            for parent in hypernyms.get(offset, []):
                found |= ancestors(parent)
            memo[offset] = found
        return memo[offset]

    # Organisations are mostly plain hyponyms in WordNet ("United Nations" is a kind of international
    # organisation), places mostly instances; both are read, and only capitalised lemmas are names.
    for offset in lemmas:
        reach = set()
        for parent in instances[offset] + hypernyms[offset]:
            reach |= ancestors(parent)
        kind = "org" if ORGANIZATION in reach else "place" if reach & PLACE_ROOTS else None
        if kind:
            for name in lemmas[offset]:
                if name[0].isupper():
                    yield name, kind


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def main():
    sources, news, exclude, out = sys.argv[1:5]
    capitalised, lower = count_news(news, exclude)

    # Places: GeoNames populated places, the most populous reading of each name kept.
    places = {}
    with open(f"{sources}/geonames-cities15k.tsv", encoding="utf-8") as f:
        for line in f:
            name, country, population, _ = line.rstrip("\n").split("\t")
            for form in {name, fold(name)}:
                if plain_name(form, capitalised, lower) and (form not in places or places[form][1] < int(population)):
                    places[form] = (country, int(population))
    organisations = set()
    if len(sys.argv) > 5:
        for name, kind in wordnet_instances(sys.argv[5]):
            if not plain_name(name, capitalised, lower):
                continue
            if kind == "org":
                organisations.add(name)
            elif name not in places:
                places[name] = ("wordnet", 0)
        with open(f"{out}/organisations.tsv", "w", encoding="utf-8") as f:
            f.write("name\n")
            for name in sorted(organisations):
                f.write(f"{name}\n")
    with open(f"{out}/places.tsv", "w", encoding="utf-8") as f:
        f.write("name\tcountry\n")
        for name in sorted(places):
            f.write(f"{name}\t{places[name][0]}\n")

    # Given names: Moby's male and female lists; a name in both is B.
    genders = collections.defaultdict(set)
    for gender, file in (("M", "moby-male-first-names.txt"), ("F", "moby-female-first-names.txt")):
        for name in read_lines(f"{sources}/{file}"):
            if plain_name(name, capitalised, lower):
                genders[name].add(gender)
    with open(f"{out}/given-names.tsv", "w", encoding="utf-8") as f:
        f.write("name\tgender\n")
        for name in sorted(genders):
            f.write(f"{name}\t{'B' if len(genders[name]) == 2 else next(iter(genders[name]))}\n")

    # Other person-name words (mostly surnames): the noisy humannames list, kept only where the news shows the
    # word capitalised mid-sentence at least twice and at least four times as often as in lower case.
    others = set()
    for name in read_lines(f"{sources}/humannames-list.txt"):
        if name in genders or name in places or not plain_name(name, capitalised, lower) or " " in name:
            continue
        if capitalised[name] >= 2 and lower[name.lower()] * 4 <= capitalised[name]:
            others.add(name)
    with open(f"{out}/surnames.tsv", "w", encoding="utf-8") as f:
        f.write("name\n")
        for name in sorted(others):
            f.write(f"{name}\n")

    print(f"places {len(places)}, given names {len(genders)}, other name words {len(others)}, organisations {len(organisations)}", file=sys.stderr)


if __name__ == "__main__":
    main()
