# The string module: constants, capwords, Template substitution and its errors
import string

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.ascii_uppercase[:5], repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), "hello   wide world".title())
t = string.Template("$who likes $what, ${who}'s favourite costs $$5")
print(t.substitute(who="Tim", what="jam"))
print(t.safe_substitute(who="Ann"))
print(string.Template("$a$b").substitute({"a": 1}, b=2))
cipher = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(cipher))
print(string.Formatter().format("{0}-{x}", 1, x=2))
t.substitute(who="Bob")
