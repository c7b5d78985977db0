# Declaring a name global after already using it in the function
total = 0

def add(x):
    print("adding to", total)
    global total
    total += x

add(5)
print(total)
