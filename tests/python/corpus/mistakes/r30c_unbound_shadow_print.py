# Reading a global name before assigning a local of the same name.
total = 10

def report():
    print("total before:", total)
    total = 20
    print("total after:", total)

report()
