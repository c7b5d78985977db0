# string.Template substitute with a missing key
from string import Template

t = Template("Hello $name, you owe $amount")
print(t.safe_substitute(name="ada"))
print(t.substitute(name="ada"))
