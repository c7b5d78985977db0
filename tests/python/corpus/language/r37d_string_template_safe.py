# Mail merge with string.Template: substitute, safe_substitute, custom delimiters and identifiers.
from string import Template

letter = Template("Dear $name,\nyour order #${order_id} of $$${amount} ships $when.\n")
print(letter.substitute(name="Ada", order_id=42, amount="9.50", when="today"), end="")
print(letter.safe_substitute({"name": "Bob"}, amount=1), end="")
print(letter.get_identifiers(), letter.is_valid())
class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
t = Percent("Hi %user.name, you have %count msgs (100%% sure)")
print(t.substitute({"user.name": "cy", "count": 3}))
print(Template("$a$b").substitute(a=1, b=2), Template("${a}x").substitute(a="y"))
try:
    letter.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("cost: $ 5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$ 5 and $x").safe_substitute(), Template("$x").template)
print(Template("$Name $name").substitute(Name="UP", name="low"))
bad = Template("trailing $")
print(bad.is_valid(), bad.get_identifiers())
bad.substitute()
