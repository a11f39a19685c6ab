#!/usr/bin/env python3
"""Fill the English plural forms in broadsheet_en.ts from the source texts.

    fill_english_plurals.py resources/translations/broadsheet_en.ts

English is the source language; only messages with %n need a translation, for
"1 article" against "2 articles". A source marks the plural ending in brackets,
"article(s)", "byte(s)", "issue(s)": the singular drops the bracket, the plural
keeps its letters. Run after `translations-update` when new %n messages appear.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL = re.compile(r"(\w+)\((\w+)\)")


def forms(source):
    singular = PLURAL.sub(lambda m: m.group(1), source)
    plural = PLURAL.sub(lambda m: m.group(1) + m.group(2), source)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
