# Formatting mistakes: a float with 'd', too few format arguments, %d of a str.
value = 2.5
for attempt in ['f"{value:d}"', '"{} {}".format(1)', '"%d" % "x"', '"%s %s" % (1,)', '"{:,s}".format("x")', 'f"{value:>5q}"', 'format(3, "z")', '"{0} {}".format(1, 2)']:
    try:
        print(eval(attempt))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print(f"{value:d}")
