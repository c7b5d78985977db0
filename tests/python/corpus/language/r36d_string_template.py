# Mail-merge with string.Template, plus string module constants and capwords.
import string
from string import Template

letter = Template("Dear $name,\nyour order #${order}A ships on $day. Cost: $$${price}.")
print(letter.substitute(name="Ann", order=17, day="Monday", price="9.99"))
partial = letter.safe_substitute(name="Bob")
print(partial)
try:
    letter.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$who likes $what").substitute({"who": "tim"}, what="tea"))

class Percent(Template):
    delimiter = "%"
print(Percent("%user uses %%").substitute(user="root"))
print(letter.get_identifiers(), Template("$a $b $$c").is_valid())
print(string.capwords("the  quick   brown fox"), string.capwords("a-b c-d", "-"))
print(string.ascii_lowercase[:5], string.digits, string.hexdigits, len(string.punctuation))
print(repr(string.whitespace), len(string.printable))
f = string.Formatter()
print(f.format("{0}-{1:>4}", "a", "b"), list(f.parse("x{y!r:>3}z")))
