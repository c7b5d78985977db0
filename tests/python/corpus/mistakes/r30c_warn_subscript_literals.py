# Missing commas before brackets: lists of lists that become subscripts.
def table():
    return [
        [1, 2]
        [0],
        {"k": 1}["k"],
        (1, 2)[0:1],
        "ab" "cd"[1],
        -5[0],
        1.5[0],
    ]

print(table.__name__)
print(table())
