# string.Template subclasses: a custom delimiter and idpattern, get_identifiers, and is_valid
import string


class PercentTemplate(string.Template):
    delimiter = "%"


class DottedTemplate(string.Template):
    idpattern = r"[a-z][_a-z0-9.]*"


t = PercentTemplate("Hello %name, you owe %%%amount")
print(t.substitute(name="Ann", amount=5), t.get_identifiers(), t.is_valid())
d = DottedTemplate("User $user.name has $count items")
print(d.substitute({"user.name": "bo", "count": 3}), d.template)
bad = string.Template("Cost: $ 5")
print(bad.is_valid(), bad.safe_substitute())
print(string.Template("${x}y").substitute(x="X"), string.Template("$x$").safe_substitute(x=1))
bad.substitute()
