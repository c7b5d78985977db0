from string import Template

t = Template("Cost: $ 5 for $item")
print(t.safe_substitute(item="tea"))
print(t.substitute(item="tea"))
