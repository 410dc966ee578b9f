import Casus
