# A C-style ++ increment in a while loop
count = 0
while count < 3:
    print("count", count)
    count++
print("done")
