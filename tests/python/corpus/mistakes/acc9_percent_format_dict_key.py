# %-formatting with a mapping missing a key.
print("start")

row = {"name": "Ann", "age": 30}
print("%(name)s is %(age)d" % row)
print("%(name)s lives in %(city)s" % row)
