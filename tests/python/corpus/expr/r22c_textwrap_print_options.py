# textwrap, string constants, print() options, and a lone surrogate
import textwrap, string
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, 30))
print(textwrap.wrap("a" * 25 + " bb cc", 10))
print(textwrap.shorten("Hello world, this is long", width=15))
print(repr(textwrap.dedent("   a\n     b\n   c")), repr(textwrap.indent("x\ny\n", "> ")))
print(string.capwords("hello   world  it's me"), string.ascii_letters, string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits)
print(*"abc", sep="-", end="!\n")
print("a", "b", sep="")
print()
print(1, 2, 3, sep=", ", end=" <end>\n")
import sys
n = sys.stdout.write("written\n")
print(n)
print("x", file=sys.stderr)
print(repr(chr(0xd800)), ascii(chr(0xdfff)), len("\ud83d\ude00"))
print(chr(0xd800))
