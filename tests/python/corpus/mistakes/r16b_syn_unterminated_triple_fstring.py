# A triple-quoted f-string never closed at the end of the file
name = "ada"
report = f"""
Report for {name}
print(report)
