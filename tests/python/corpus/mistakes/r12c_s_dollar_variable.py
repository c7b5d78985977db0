# A variable written with a shell's dollar sign.
total = 0
for price in [3, 4, 5]:
    $total += price
print(total)
