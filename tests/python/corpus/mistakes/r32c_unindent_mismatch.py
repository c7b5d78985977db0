# A line dedented to a column matching no outer block.
def summarize(values):
    total = 0
    for v in values:
        total += v
      print("running", total)
    return total

print(summarize([1, 2, 3]))
