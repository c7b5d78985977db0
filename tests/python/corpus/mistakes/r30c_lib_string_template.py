# string.Template substitution with a missing key.
from string import Template
t = Template("Hello $name, you owe $$${amount}")
print(t.safe_substitute(name="Ann"))
print(t.substitute(name="Ann"))
