# Missing comma makes a subscript of a string literal.
# (kept short on purpose: the mistake is the point)
colors = ["red"
          "green"[0, 1]]
print(colors)
