class Config:
    DEBUG = False
    LEVELS = ("low", "mid", "high")
    DEFAULT = LEVELS[1]
    @classmethod
    def level_index(cls, name):
        return cls.LEVELS.index(name)
print(Config.DEFAULT, Config.level_index("high"), Config().DEBUG)
