# A full-width colon after an if.
print("start")

n = 3
if n > 2：
    print("big")
