# A while loop's else without its colon.
n = 3
while n:
    n -= 1
else
    print("done")
