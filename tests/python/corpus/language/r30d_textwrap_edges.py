# textwrap edge cases: words longer than width, hyphens, whitespace-only text, indent of CRLF lines
import textwrap

print(textwrap.wrap("antidisestablishmentarianism is long", 10))
print(textwrap.wrap("well-behaved hyphen-ated words break", 12))
print(textwrap.wrap("   ", 5), textwrap.wrap("  leading and trailing  ", 10), textwrap.fill("a\nb\tc", 20))
print(repr(textwrap.indent("one\r\ntwo\r\n\r\nthree", "# ")))
print(repr(textwrap.dedent("    a\n  \n    b\n")), repr(textwrap.dedent("\ta\n    b")))
print(textwrap.shorten("one two three four", width=10, placeholder="..."), textwrap.shorten("x" * 20, width=10))
print(textwrap.wrap("Sentence one.  Sentence two. Three", 15, fix_sentence_endings=True))
print(textwrap.fill("tab\tseparated\tvalues here", width=15, tabsize=4))
print(textwrap.wrap("x", width=1), textwrap.wrap("word " * 3, width=4, break_long_words=False))
print(textwrap.shorten("hello world", width=3))
