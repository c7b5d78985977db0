# string.Template: identifiers (3.11), is_valid, safe_substitute and a subclass with a new delimiter
from string import Template

t = Template("Hello $name, you owe $$${amount} by ${day}.")
print(t.get_identifiers(), t.is_valid())
print(t.substitute(name="Ann", amount="12.50", day="Friday"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
bad = Template("cost: $ 5")
print(bad.is_valid(), bad.get_identifiers())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)

class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"

p = Percent("%who scored %pct%% on %Day")
print(p.safe_substitute(who="eve", pct=97, Day="x"), p.get_identifiers())
print(Template("$a$b").substitute({"a": 1}, b=2))
