# Trying the C increment operator x++ in a loop
count = 0
for word in ['a', 'b']:
    count++
print(count)
