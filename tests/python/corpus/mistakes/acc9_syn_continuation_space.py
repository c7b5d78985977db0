# A space after a line continuation backslash.
print("start")

total = 1 + \ 
    2
print(total)
