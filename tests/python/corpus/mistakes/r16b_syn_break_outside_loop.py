# break in an if that is not inside any loop
value = 7
if value > 5:
    print("too big")
    break
print("done")
