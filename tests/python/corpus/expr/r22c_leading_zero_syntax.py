# learner writes a zip code with a leading zero
zip_codes = ["02139", "10001"]
print(zip_codes)
area = 0
print(area)
code = 02139
print(code)
