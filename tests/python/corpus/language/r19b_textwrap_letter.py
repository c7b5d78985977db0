# Formatting a letter and a table of contents with textwrap and str alignment
import textwrap

body = ("Thank you for your order of three (3) hand-made ceramic mugs. Unfortunately, "
        "the glaze supplier has delayed shipment until next month. We apologise for the "
        "inconvenience and have refunded the shipping cost of $4.99 to your card ending 4242.")
print(textwrap.fill(body, width=50))
print()
print(textwrap.fill(body, width=40, initial_indent="    ", subsequent_indent="  | "))
print()
for line in textwrap.wrap(body, width=28, max_lines=4, placeholder=" (...)"):
    print(f"|{line:<28}|")
print(textwrap.shorten(body, width=60), textwrap.shorten("short text", 20), textwrap.shorten("  lots   of   space  ", 30))
poem = """\
    Roses are red,
      violets are blue,
    dedent removes
    common indent too.
"""
print(textwrap.dedent(poem), end="")
print(textwrap.indent(textwrap.dedent(poem), "> ", lambda l: "blue" not in l), end="")
toc = [("Introduction", 1), ("Getting started with the toolkit", 5), ("Advanced topics", 42), ("Index", 101)]
for title, page in toc:
    print(f"{title:.<40}{page:.>5}")
w = textwrap.TextWrapper(width=20, break_long_words=False, break_on_hyphens=False)
print(w.wrap("antidisestablishmentarianism is a very-long-hyphenated-word indeed"))
print(textwrap.wrap("antidisestablishmentarianism is long", 10))
print(textwrap.wrap("tabs\tand\tspaces", 12), textwrap.wrap("tabs\tand\tspaces", 12, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("End. Next sentence.  Two spaces.", 15, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10) == "", textwrap.wrap("a b c", 1))
print(textwrap.fill("x " * 30, 1000) == ("x " * 30).strip(), len(textwrap.wrap("word " * 100, 79)))
textwrap.wrap("text", 0)
