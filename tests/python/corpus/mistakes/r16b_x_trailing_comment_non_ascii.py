# A failing line with a comment in French after it (é, à)
print("== trailing comment non ascii ==")

prix = {"pain": 1.2}
total = prix["pain"] + prix["café"]  # le café coûte plus cher à Paris
