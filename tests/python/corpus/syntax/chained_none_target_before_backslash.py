# a chain of assignments: the first target that cannot be one is reported,
# nothing after its "=" is read
x = 1
y = 2
a = None = x \ y
print(a)
