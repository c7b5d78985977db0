# A missing comma between two list items on separate lines
fruits = [
    "apple"
    "pear",
    42
    43,
]
print(fruits)
