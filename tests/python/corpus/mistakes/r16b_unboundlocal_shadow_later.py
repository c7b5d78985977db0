# A name assigned later in the function makes the earlier read fail
total = 100

def report():
    print("total before:", total)
    total = 0
    print("total after:", total)

report()
