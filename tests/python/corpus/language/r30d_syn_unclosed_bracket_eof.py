# A list literal left open at the end of the file
colors = [
    'red',
    'green',
    'blue',

print(colors)
