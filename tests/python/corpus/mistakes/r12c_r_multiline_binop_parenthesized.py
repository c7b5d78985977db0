# A TypeError in an arithmetic expression over several lines.
width = 12
height = "5"
depth = 3
volume = (
    width
    * height
    * depth
    + 10
)
print(volume)
