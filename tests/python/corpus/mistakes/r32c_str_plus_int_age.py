# Building a message by adding a string and an int.
name = "Ann"
age = 31
print("Name: " + name)
print("Next year " + name + " will be " + age + 1)
