# Custom __format__ specs, format_map with a defaulting dict, and a string.Formatter subclass
import string


class Duration:
    def __init__(self, seconds):
        self.s = seconds

    def __format__(self, spec):
        if spec == "hms":
            h, rem = divmod(self.s, 3600)
            m, s = divmod(rem, 60)
            return f"{h:02}:{m:02}:{s:02}"
        if spec.endswith("m"):
            return format(self.s / 60, spec[:-1] + "f") + " min"
        return format(self.s, spec)


d = Duration(3725)
print(f"{d:hms} | {d:.1m} | {d:>8} | {d}")


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("Hi {name}, you are {age}".format_map(Default(name="Ann")))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec == "u":
            return str(value).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "?") if isinstance(key, str) else super().get_value(key, args, kwargs)


print(Upper().format("{0:u} {x:u} {y} {1:>4}", "a", 7, x="hey"))
print(format(d, "hms"), "{:hms}".format(d), "{0.s}".format(d))
print(f"{d:q}")
