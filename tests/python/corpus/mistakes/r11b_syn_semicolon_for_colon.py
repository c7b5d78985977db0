# A semicolon typed instead of the colon after a for.
total = 0
for n in range(5);
    total += n
print(total)
