import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords("hello   wide  world"), "hello   wide  world".title())
print(string.capwords("a-b-c", "-"))
t = Template("Hello $name, you owe $$${amount}!")
print(t.substitute(name="Ann", amount=10))
print(t.substitute({"name": "Bob", "amount": 3.5}))
print(t.safe_substitute(name="Cy"))
print(Template("${x}y").substitute(x="X"))
print(t.template)
print(t.substitute(name="Dee"))
