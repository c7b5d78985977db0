# Prompts answered until stdin runs out: EOFError at the third input().
name = input("Name? ")
age = input("Age? ")
print(f"Hello {name}, next year you'll be {int(age) + 1}")
n = input("n? ")
