# The string module: constants, Template substitution and a simple Formatter
import string

print(string.ascii_lowercase, string.digits, string.hexdigits, string.punctuation)
print(len(string.printable), repr(string.whitespace))
t = string.Template("Hello $name, you owe $$${amount}.")
print(t.substitute(name="Kim", amount="4.50"))
print(t.safe_substitute(name="Kim"))
print(string.capwords("hello   wide world"), string.Formatter().format("{0}+{x}", 1, x=2))
print(list(string.Formatter().parse("a{b:>3}c{d!r}")))
try:
    t.substitute(amount=3)
except KeyError as e:
    print("missing", e)
string.Template("$ bad").substitute()
