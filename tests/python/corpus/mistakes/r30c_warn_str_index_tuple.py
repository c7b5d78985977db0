# Missing comma makes a subscript of a string literal.
colors = ["red"
          "green"[0, 1]]
print(colors)
