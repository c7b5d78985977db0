# named %-placeholders with a tuple instead of a dict
user = ("ann", 31)
print("%(name)s is %(age)d" % {"name": "bo", "age": 22})
print("%(name)s is %(age)d" % user)
# (end of the program)
