# filling a message template; one placeholder has no value and one is malformed
from string import Template

t = Template("Hi $name, you owe $$$amount")
print(t.substitute(name="ann", amount=5))
print(t.safe_substitute(name="bob"))
try:
    print(t.substitute(name="cid"))
except KeyError as e:
    print("KeyError:", e)
print(Template("cost: $").substitute())
