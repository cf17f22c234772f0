#!/usr/bin/env python3
"""Helps keep translations/forumdesk_de.ts complete.

  tools/translate.py todo  [TS]          list unfinished messages as JSON (context, source, plural)
  tools/translate.py apply JSON [TS]     fill translations from JSON: {"source": "translation"} or
                                         {"context|source": "translation"}; plurals as a list
  tools/translate.py check [TS]          exit 1 if any message is unfinished (used by the tests)
  tools/translate.py english [TS]        fill the English plural forms from the "(s)" in the source:
                                         "%n record(s)" -> "%n record" / "%n records"
"""
import json
import sys
import xml.etree.ElementTree as ET

DEFAULT_TS = "translations/forumdesk_de.ts"


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return tr is None or tr.get("type") == "unfinished"
    if msg.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in tr.findall("numerusform"))
    return not (tr.text or "").strip()


IRREGULAR = [("person(s)", "person", "people"), ("link(s) are", "link is", "links are"),
             ("(s) are", " is", "s are"), ("(s) were", " was", "s were"), ("(s) is", " is", "s are"),
             ("entry(s)", "entry", "entries"), ("(es)", "", "es")]


def english_forms(source):
    one, many = source, source
    for pattern, singular, plural in IRREGULAR:
        one = one.replace(pattern, singular)
        many = many.replace(pattern, plural)
    return [one.replace("(s)", ""), many.replace("(s)", "s")]


def save(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    cmd = sys.argv[1]
    if cmd == "todo":
        path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_TS
        _, root = load(path)
        todo = [{"context": c, "source": m.find("source").text, "plural": m.get("numerus") == "yes"}
                for c, m in messages(root) if unfinished(m)]
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if cmd == "apply":
        mapping = json.load(open(sys.argv[2], encoding="utf-8"))
        path = sys.argv[3] if len(sys.argv) > 3 else DEFAULT_TS
        tree, root = load(path)
        filled = 0
        for ctx, msg in messages(root):
            src = msg.find("source").text
            value = mapping.get(ctx + "|" + src, mapping.get(src))
            if value is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            if "type" in tr.attrib:
                del tr.attrib["type"]
            filled += 1
        save(tree, path)
        print(f"{filled} messages filled")
        return 0
    if cmd == "english":
        path = sys.argv[2] if len(sys.argv) > 2 else "translations/forumdesk_en.ts"
        tree, root = load(path)
        filled = 0
        for _, msg in messages(root):
            if msg.get("numerus") != "yes" or not unfinished(msg):
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in english_forms(msg.find("source").text):
                ET.SubElement(tr, "numerusform").text = form
            tr.attrib.pop("type", None)
            filled += 1
        save(tree, path)
        print(f"{filled} plural messages filled")
        return 0
    if cmd == "check":
        path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_TS
        _, root = load(path)
        missing = [(c, m.find("source").text) for c, m in messages(root) if unfinished(m)]
        for c, s in missing:
            print(f"unfinished: {c}: {s}")
        print(f"{len(missing)} unfinished message(s) in {path}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
