import string
from string import Template

t = Template("Hello $name, you owe $$${amount}. Bye ${name}!")
print(t.substitute(name="Ann", amount="10.50"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$x and $y").substitute({"x": 1}, y=2))
print(Template("$who likes $what").safe_substitute(who="tim"))
print(t.template)
class Percent(Template):
    delimiter = "%"
print(Percent("100%% of %name").substitute(name="us"))
print(string.ascii_letters, string.punctuation)
print(string.octdigits, len(string.ascii_letters + string.digits))
print(Template("$a$b").get_identifiers() if hasattr(Template, "get_identifiers") else "", Template("${a}").is_valid())
