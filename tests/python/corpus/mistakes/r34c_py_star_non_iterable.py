# Unpacking a single number with * into print
count = 3
print(*range(count))
print(*count)
# (a short program: the mistake is in the lines above)
