"""Place names, folded (lower case, no accents), for telling a place from a company or a person.

A capitalised run that folds to one of these is taken for a place by the rules, where no parse
says otherwise. The list is general data, in English and French spellings where they differ,
one name a line since many have several words: the states and provinces of the USA
and its northern neighbour, of Australia, Germany, Switzerland, India, China, Spain, Italy,
Belgium, Japan and Korea; the French regions, overseas territories and départements; the
world's capital cities; the main cities of every continent, with the business towns the press
names for head offices; and the regions business news uses as places ("bay area", "benelux").
Hyphens and apostrophes are kept. Left out: names that are also, commonly, a company, bank,
brand or product, a given name or a famous person, a common English or French word, a name for
a market or an institution, and the name of the continent that closes many company names.
"""

from __future__ import annotations

__all__ = ["PLACE_NAMES"]

_LIST = """
    's-hertogenbosch
    a coruna
    aachen
    aalborg
    aalst
    aarau
    aargau
    aarhus
    abbeville
    aberdeen
    abidjan
    abruzzes
    abruzzo
    abu dhabi
    abuja
    acapulco
    accra
    achgabat
    acores
    adana
    addis ababa
    addis-abeba
    adelaide
    aden
    africa
    afrique
    afrique australe
    afrique de l'est
    afrique de l'ouest
    afrique du nord
    afrique subsaharienne
    agadir
    agen
    agra
    aguascalientes
    ahmedabad
    aichi
    aisne
    aix-en-provence
    aix-la-chapelle
    aix-les-bains
    ajaccio
    ajman
    akron
    alabama
    alaska
    albacete
    albany
    alberta
    albertville
    albi
    albuquerque
    alcala de henares
    alencon
    alep
    aleppo
    alexandria
    alexandrie
    alfortville
    algarve
    alger
    algiers
    alicante
    allentown
    almaty
    almere
    almeria
    alost
    alpes-de-haute-provence
    alpes-maritimes
    alsace
    alto adige
    amadora
    amalfi
    amazonas
    amazonia
    amazonie
    americas
    amerique centrale
    amerique du nord
    amerique du sud
    amerique latine
    ameriques
    amersfoort
    amiens
    amman
    amritsar
    amstelveen
    amsterdam
    anaheim
    anatolia
    anatolie
    ancona
    ancone
    andalousie
    andalucia
    andalusia
    andhra pradesh
    andorra
    andorra la vella
    andorre
    angers
    anglet
    angleterre
    angouleme
    anhui
    ankara
    ann arbor
    annaba
    annapolis
    annecy
    annemasse
    antalya
    antananarivo
    antarctica
    antarctique
    antibes
    antilles
    antofagasta
    antwerp
    antwerpen
    anvers
    aosta
    aosta valley
    aoste
    apeldoorn
    apia
    appalachia
    appenzell
    apulia
    aqaba
    aquitaine
    arabian peninsula
    aragon
    arcachon
    arctique
    ardeche
    ardennes
    arequipa
    argenteuil
    argovie
    ariege
    arizona
    arkansas
    arles
    arlington
    armonk
    arnhem
    arras
    arunachal pradesh
    arusha
    ashdod
    ashgabat
    ashkelon
    asia
    asia-pacific
    asie
    asie du sud-est
    asie-pacifique
    asmara
    asnieres-sur-seine
    assam
    assouan
    astana
    asturias
    asturies
    asuncion
    aswan
    athenes
    athens
    atlanta
    aubagne
    aubervilliers
    auburn hills
    auckland
    augsbourg
    augsburg
    aulnay-sous-bois
    aurillac
    australian capital territory
    australie-meridionale
    australie-occidentale
    auvergne
    auvergne-rhone-alpes
    auxerre
    aveiro
    aveyron
    avignon
    azores
    baar
    bad homburg
    badalona
    bade-wurtemberg
    baden-wurttemberg
    bagdad
    baghdad
    bagneux
    bahia
    baja california
    bakersfield
    bakou
    baku
    bale-campagne
    bale-ville
    baleares
    balearic islands
    bali
    balkans
    baltimore
    bamako
    bamberg
    bandar seri begawan
    bandung
    bangalore
    bangkok
    bangor
    bangui
    banjul
    baotou
    bar-le-duc
    barcelona
    barcelone
    bari
    barranquilla
    bas-rhin
    basel
    basel-landschaft
    basel-stadt
    basilicata
    basilicate
    basingstoke
    basking ridge
    basque country
    basra
    basse-saxe
    basseterre
    bassora
    bastia
    batam
    batna
    baton rouge
    battle creek
    bavaria
    bavarian alps
    baviere
    bay area
    bayonne
    bayreuth
    beauvais
    beaverton
    beer-sheva
    beersheba
    beijing
    beira
    beirut
    bejaia
    belem
    belfast
    belfort
    belgrade
    bellevue
    belmopan
    belo horizonte
    benares
    benelux
    bengal
    bengale
    bengale-occidental
    bengaluru
    benghazi
    benin city
    bentonville
    beograd
    bergame
    bergamo
    bergen
    bergerac
    berkeley
    berlin
    bern
    berne
    besancon
    bethesda
    bethlehem
    bethune
    beyrouth
    beziers
    bhopal
    bhubaneswar
    bialystok
    biarritz
    bichkek
    biel
    bielefeld
    bienne
    bihar
    bilbao
    billund
    birmingham
    bishkek
    bissau
    bizerte
    blackpool
    blagnac
    blantyre
    blida
    bloemfontein
    blois
    bobigny
    bobo-dioulasso
    boca raton
    bochum
    bogota
    boise
    bologna
    bologne
    bolzano
    bombay
    bondy
    bonn
    bordeaux
    borneo
    boston
    bottrop
    bouake
    bouches-du-rhone
    boulogne-billancourt
    boulogne-sur-mer
    bourg-en-bresse
    bourges
    bourgogne
    bourgogne-franche-comte
    bourgoin-jallieu
    bournemouth
    brabant
    brabant flamand
    brabant wallon
    braga
    brampton
    brandebourg
    brandenburg
    brasilia
    brasov
    bratislava
    braunschweig
    brazzaville
    breda
    breme
    bremen
    bremerhaven
    brescia
    brest
    bretagne
    bridgeport
    bridgetown
    brighton
    brisbane
    bristol
    british columbia
    brittany
    brive-la-gaillarde
    brno
    bronx
    brooklyn
    brownsville
    bruges
    brugge
    brussel
    brussels
    bruxelles
    bucaramanga
    bucarest
    bucharest
    budapest
    buenos aires
    bujumbura
    bukavu
    bulawayo
    burbank
    burgas
    burgos
    burgundy
    burnaby
    busan
    bydgoszcz
    cadarache
    cadix
    cadiz
    caen
    cagliari
    cagnes-sur-mer
    cahors
    cairo
    calabre
    calabria
    calais
    calcutta
    calgary
    california
    californie
    cambrai
    cambridge
    cambridgeshire
    campania
    campanie
    campinas
    campo grande
    can tho
    canary islands
    canary wharf
    canberra
    cancun
    cannes
    cantabria
    cantabrie
    canterbury
    cape coral
    cape town
    caracas
    caraibes
    carcassonne
    cardiff
    caribbean
    carlsbad
    caroline du nord
    caroline du sud
    carpentras
    carrollton
    carson city
    cartagena
    cartagene
    casablanca
    castellon
    castile and leon
    castile-la mancha
    castilla y leon
    castilla-la mancha
    castille-et-leon
    castille-la-manche
    castres
    catalogne
    catalonia
    cataluna
    catalunya
    catane
    catania
    caucase
    caucasus
    ceara
    cebu
    cedar rapids
    central america
    central europe
    centre-val de loire
    cergy
    cergy-pontoise
    chalon-sur-saone
    chalons-en-champagne
    chambery
    chamonix
    champagne-ardenne
    champigny-sur-marne
    champs-sur-marne
    chandigarh
    changchun
    changsha
    changwon
    changzhou
    charente
    charente-maritime
    charenton-le-pont
    charleroi
    charleston
    charleville-mezieres
    charlottetown
    charm el-cheikh
    chartres
    chateauroux
    chatellerault
    chatillon
    chattanooga
    chelles
    chelmsford
    cheltenham
    chelyabinsk
    chemnitz
    chengdu
    chennai
    cheongju
    cherbourg
    cherbourg-en-cotentin
    chesapeake bay
    cheshire
    chhattisgarh
    chiang mai
    chiapas
    chiba
    chicago
    chisinau
    chittagong
    choisy-le-roi
    cholet
    chongqing
    christchurch
    chula vista
    chur
    cincinnati
    cisjordanie
    cite du vatican
    ciudad de mexico
    ciudad del este
    ciudad juarez
    clamart
    clarksville
    clermont-ferrand
    cleveland
    clichy
    clichy-la-garenne
    cluj-napoca
    coahuila
    coblence
    cochabamba
    cochin
    coimbatore
    coimbra
    coire
    colchester
    colmar
    cologne
    colombes
    colombie-britannique
    colombo
    colomiers
    colorado
    colorado springs
    compiegne
    conakry
    conflans-sainte-honorine
    connecticut
    copenhagen
    copenhague
    coral gables
    corbeil-essonnes
    cordoba
    cordoue
    cornouailles
    cornwall
    corpus christi
    correze
    corse
    corse-du-sud
    corsica
    cote d'azur
    cote est
    cote ouest
    cote-d'or
    cotes-d'armor
    cottbus
    courbevoie
    courchevel
    courtrai
    coventry
    cracovie
    creil
    creteil
    crimea
    crimee
    cuenca
    culiacan
    culver city
    cupertino
    curitiba
    cusco
    cuzco
    cyberjaya
    czestochowa
    da nang
    dacca
    daegu
    daejeon
    dakar
    dakhla
    dakota du nord
    dakota du sud
    dalian
    dallas
    daly city
    damas
    damascus
    dammam
    dar es salaam
    darmstadt
    datong
    davao
    davos
    dayton
    dearborn
    deauville
    debrecen
    deerfield
    dehradun
    delaware
    delft
    delhi
    delta de la riviere des perles
    den bosch
    den haag
    denizli
    denpasar
    denver
    derry
    des moines
    detroit
    deux-sevres
    deventer
    dhahran
    dhaka
    diegem
    dieppe
    dijon
    dili
    district de columbia
    district of columbia
    diyarbakir
    djakarta
    djeddah
    djerba
    dnipro
    dodoma
    doha
    donbas
    donbass
    donetsk
    dongguan
    donostia
    doral
    dordogne
    dordrecht
    dortmund
    douai
    douala
    doubs
    douchanbe
    draguignan
    drammen
    drancy
    drenthe
    dresde
    dresden
    dreux
    drome
    dubai
    dublin
    dubrovnik
    duisburg
    dun laoghaire
    dundee
    dunedin
    dunkerque
    dunkirk
    durban
    durham
    dushanbe
    dusseldorf
    east africa
    east coast
    east flanders
    eastern europe
    ecosse
    eden prairie
    edimbourg
    edinburgh
    edmonton
    eilat
    eindhoven
    ekaterinbourg
    el alto
    el jadida
    el paso
    el segundo
    elche
    elk grove
    emeryville
    emilia-romagna
    emilie-romagne
    england
    enschede
    entebbe
    epernay
    epinal
    epinay-sur-seine
    erbil
    erevan
    erfurt
    erlangen
    esbjerg
    esch-sur-alzette
    eschborn
    escondido
    eskisehir
    espoo
    essen
    essex
    essonne
    estremadure
    eure
    eure-et-loir
    europe centrale
    europe de l'est
    europe de l'ouest
    europe du nord
    europe du sud
    euskadi
    evansville
    evreux
    evry
    evry-courcouronnes
    exeter
    extremadura
    faisalabad
    fallujah
    faridabad
    faro
    fayetteville
    fecamp
    ferrara
    ferrare
    fes
    finistere
    firenze
    flamanville
    flanders
    flandre
    flandre-occidentale
    flandre-orientale
    flandres
    flemish brabant
    flevoland
    florianopolis
    florida
    floride
    foggia
    fontenay-sous-bois
    forbach
    fort collins
    fort lauderdale
    fort wayne
    fort worth
    fort-de-france
    fos-sur-mer
    foshan
    foster city
    fougeres
    framingham
    francfort
    franche-comte
    frankfort
    frankfurt
    frankfurt am main
    fredericton
    freetown
    freiburg
    frejus
    fremont
    french guiana
    french polynesia
    french riviera
    fresno
    fribourg
    fribourg-en-brisgau
    friesland
    frioul-venetie julienne
    friuli-venezia giulia
    fujairah
    fujian
    fukuoka
    fukushima
    funafuti
    funchal
    fuzhou
    gabes
    gaborone
    gagny
    gainesville
    gaithersburg
    galice
    galicia
    galway
    gand
    gangnam
    gangwon
    gansu
    garching
    gard
    garges-les-gonesse
    gatineau
    gatwick
    gauteng
    gaza
    gaza city
    gaziantep
    gdansk
    gdynia
    geelong
    gelderland
    gelsenkirchen
    geneva
    geneve
    genf
    genk
    gennevilliers
    genoa
    genova
    gent
    george town
    georgetown
    georgia
    gerone
    gers
    getafe
    ghaziabad
    ghent
    gibraltar
    gifu
    gijon
    girona
    gironde
    gitega
    giza
    gizeh
    glaris
    glarus
    glasgow
    glendale
    gloucester
    goa
    goiania
    goias
    golan
    gold coast
    golfe persique
    goma
    goteborg
    gothenburg
    gottingen
    goyang
    gqeberha
    gran canaria
    grand est
    grand prairie
    grand rapids
    grande-bretagne
    grands lacs
    graubunden
    graz
    great britain
    great lakes
    greater bay area
    green bay
    greenland
    greensboro
    greenville
    greenwich
    grenoble
    grisons
    groenland
    groningen
    guadalajara
    guadeloupe
    guangdong
    guangxi
    guangzhou
    guatemala city
    guayaquil
    guelph
    gueret
    guildford
    guimaraes
    guiyang
    guizhou
    gujarat
    gulf coast
    gumi
    gunma
    gurgaon
    gurugram
    gutersloh
    guwahati
    guyancourt
    guyane
    guyane francaise
    gwangju
    gyeonggi
    gyeonggi-do
    gyor
    haarlem
    haguenau
    hai phong
    haifa
    haikou
    hainan
    hainaut
    haiphong
    hakone
    hamamatsu
    hambourg
    hamburg
    hammamet
    hampshire
    hangzhou
    hannover
    hanoi
    hanover
    hanovre
    harare
    harbin
    hargeisa
    harlem
    harrisburg
    haryana
    hasselt
    hassi messaoud
    haut-rhin
    haute-corse
    haute-garonne
    haute-loire
    haute-marne
    haute-saone
    haute-savoie
    haute-vienne
    hautes-alpes
    hautes-pyrenees
    hauts-de-france
    hauts-de-seine
    havana
    hawai
    hawaii
    heathrow
    hebei
    hebron
    heerlen
    hefei
    heidelberg
    heilbronn
    heilongjiang
    helsingborg
    helsinki
    henan
    henin-beaumont
    heraklion
    herat
    herault
    hermosillo
    herndon
    hertfordshire
    herzliya
    herzogenaurach
    hessen
    hialeah
    hillsboro
    hilversum
    himachal pradesh
    hiroshima
    ho chi minh
    ho chi minh city
    ho chi minh-ville
    hobart
    hoboken
    hodeidah
    hohhot
    hokkaido
    homs
    hong kong
    hongkong
    honiara
    honolulu
    honshu
    hoofddorp
    houston
    hsinchu
    hubei
    huddersfield
    huelva
    huizhou
    hunan
    huntington beach
    huntsville
    hwaseong
    hyderabad
    hyeres
    hyogo
    iasi
    ibadan
    ibaraki
    icheon
    idaho
    idlib
    ile de la reunion
    ile-de-france
    ile-du-prince-edouard
    iles baleares
    iles canaries
    ille-et-vilaine
    illinois
    incheon
    indiana
    indianapolis
    indore
    indre
    indre-et-loire
    ingolstadt
    inner mongolia
    innsbruck
    inverness
    iowa
    ipoh
    ipswich
    iqaluit
    irkutsk
    irlande du nord
    isere
    isfahan
    islamabad
    ispahan
    issaquah
    issy-les-moulineaux
    istanbul
    istres
    ivrea
    ivry-sur-seine
    izmir
    jacksonville
    jaipur
    jakarta
    jalisco
    jammu and kashmir
    jeddah
    jefferson city
    jeju
    jena
    jenin
    jeonju
    jerez
    jersey city
    jerusalem
    jharkhand
    jiangsu
    jiangxi
    jilin
    jinan
    joao pessoa
    johannesburg
    johor
    johor bahru
    joliet
    juba
    juneau
    jura
    jyvaskyla
    kabul
    kaduna
    kaesong
    kagoshima
    kairouan
    kalamazoo
    kaliningrad
    kampala
    kanagawa
    kanazawa
    kandahar
    kano
    kanpur
    kansai
    kansas
    kansas city
    kanto
    kaohsiung
    karachi
    karlsruhe
    karnataka
    kashmir
    kassel
    kathmandu
    katmandou
    katowice
    kaunas
    kayseri
    kazan
    kelowna
    kenilworth
    kenitra
    kentucky
    kerala
    khan younis
    kharkiv
    kharkov
    khartoum
    kherson
    kiel
    kielce
    kiev
    kigali
    killeen
    kingstown
    kinshasa
    kirkuk
    kisangani
    kisumu
    kitakyushu
    kitchener
    klagenfurt
    knoxville
    kobenhavn
    koblenz
    kochi
    kolkata
    koln
    kolwezi
    konstanz
    konya
    kortrijk
    kosice
    kota kinabalu
    kourou
    koweit city
    kowloon
    krakow
    krasnodar
    krasnoyarsk
    krefeld
    kristiansand
    kuala lumpur
    kuching
    kumamoto
    kumasi
    kunming
    kurdistan
    kuwait city
    kwazulu-natal
    kyiv
    kyoto
    kyushu
    l'hospitalet de llobregat
    la chaux-de-fonds
    la corogne
    la coruna
    la courneuve
    la defense
    la garenne-colombes
    la hague
    la havane
    la haye
    la jolla
    la louviere
    la mecque
    la nouvelle-orleans
    la paz
    la plata
    la reunion
    la rioja
    la roche-sur-yon
    la rochelle
    la seyne-sur-mer
    la valette
    laayoune
    lac de come
    lagos
    lahore
    lahti
    lake como
    lancashire
    languedoc
    languedoc-roussillon
    lannion
    lanzhou
    laon
    lapland
    laponie
    laredo
    larnaca
    las palmas
    las vegas
    latakia
    latin america
    latium
    lattaquie
    lausanne
    le blanc-mesnil
    le bourget
    le caire
    le cannet
    le cap
    le creusot
    le havre
    le mans
    le perreux-sur-marne
    le piree
    le puy-en-velay
    le tampon
    le touquet
    lecce
    leeds
    leganes
    leicester
    leiden
    leipzig
    lerida
    les abymes
    les sables-d'olonne
    leuven
    levallois-perret
    leverkusen
    leyde
    lhasa
    liaoning
    libourne
    libreville
    liechtenstein
    liege
    lievin
    liguria
    ligurie
    lille
    lilongwe
    lima
    limassol
    limbourg
    limburg
    limoges
    linkoping
    linz
    lisboa
    lisbon
    lisbonne
    lisburn
    lisieux
    little rock
    livermore
    liverpool
    livorno
    livourne
    livry-gargan
    ljubljana
    lleida
    lobito
    locarno
    lodz
    logrono
    loir-et-cher
    loire
    loire-atlantique
    loiret
    lombardia
    lombardie
    lombardy
    lome
    london
    londonderry
    londres
    long beach
    long island
    longueuil
    lons-le-saunier
    lorient
    los angeles
    los gatos
    lot-et-garonne
    louisiana
    louisiane
    louisville
    louvain
    louvain-la-neuve
    louxor
    lower saxony
    lozere
    luanda
    lubbock
    lubeck
    lublin
    lubumbashi
    lucca
    lucerne
    lucknow
    ludhiana
    ludwigsburg
    ludwigshafen
    lugano
    luhansk
    luik
    lulea
    luneville
    luoyang
    lusaka
    luton
    luxembourg
    luxembourg-ville
    luxor
    luzern
    lviv
    lvov
    lyon
    lyons
    maastricht
    macao
    macau
    maceio
    machrek
    macon
    madhya pradesh
    madras
    madrid
    madurai
    magdebourg
    magdeburg
    maghreb
    maharashtra
    maidstone
    maine
    maine-et-loire
    mainz
    maisons-alfort
    majorque
    majuro
    makassar
    makati
    malabo
    malacca
    malaga
    malines
    mallorca
    malmo
    mamoudzou
    managua
    manama
    manaus
    manchester
    mandalay
    mangalore
    manhattan
    manila
    manille
    manipur
    manitoba
    mannheim
    manosque
    mantes-la-jolie
    maputo
    mar del plata
    maracaibo
    maranello
    marbella
    marcq-en-baroeul
    maribor
    marignane
    mariupol
    marne
    marne-la-vallee
    marrakech
    marrakesh
    marseille
    marseilles
    martigues
    martinique
    maryland
    mascate
    maseru
    mashhad
    massachusetts
    massy
    mato grosso
    maubeuge
    mayence
    mayenne
    mayotte
    mazar-i-sharif
    mbabane
    mbuji-mayi
    mcallen
    meaux
    mecca
    mechelen
    mecklembourg-pomeranie-occidentale
    mecklenburg-vorpommern
    mecklenburg-western pomerania
    medan
    medellin
    medina
    medine
    meghalaya
    meknes
    melaka
    melbourne
    melun
    memphis
    menlo park
    menorca
    merida
    merignac
    mersin
    messina
    messine
    metz
    meudon
    meurthe-et-moselle
    meuse
    mexicali
    mexico city
    miami
    michigan
    michoacan
    middle east
    middle west
    middlesbrough
    midi-pyrenees
    midlands
    midwest
    milan
    milano
    milpitas
    milton keynes
    milwaukee
    minas gerais
    minneapolis
    minnesota
    minnetonka
    minorque
    minsk
    miramar
    misrata
    mississauga
    mississippi
    missouri
    miyagi
    mizoram
    modena
    modene
    modesto
    mogadiscio
    mogadishu
    mohammedia
    moline
    molise
    mombasa
    monaco
    monastir
    monchengladbach
    moncton
    mongolie-interieure
    monrovia
    mons
    mont-de-marsan
    montana
    montauban
    montbeliard
    monte-carlo
    montego bay
    montelimar
    monterrey
    montevideo
    montigny-le-bretonneux
    montlucon
    montparnasse
    montpelier
    montpellier
    montreal
    montreuil
    montreux
    montrouge
    monza
    morbihan
    morelia
    moreno valley
    morlaix
    moroni
    moscou
    moscow
    moselle
    mossoul
    mostar
    mostoles
    mosul
    mougins
    mountain view
    mouscron
    moyen-orient
    mulhouse
    multan
    mumbai
    munchen
    munich
    murcia
    murcie
    murfreesboro
    murmansk
    muscat
    mysore
    mysuru
    n'djamena
    nabeul
    nablus
    nador
    nagaland
    nagano
    nagasaki
    nagoya
    nagpur
    naha
    nairobi
    najaf
    namur
    nanchang
    nanjing
    nankin
    nanning
    nanterre
    nantes
    naperville
    naples
    napoli
    nara
    narbonne
    nashik
    nashville
    nassau
    navarra
    navarre
    naypyidaw
    nazareth
    ndola
    near east
    nebraska
    neckarsulm
    neom
    netanya
    neuchatel
    neuilly-sur-seine
    neuss
    nevada
    nevers
    new bedford
    new brunswick
    new caledonia
    new delhi
    new england
    new hampshire
    new haven
    new jersey
    new mexico
    new orleans
    new south wales
    new york
    new york city
    new york state
    newark
    newcastle
    newcastle upon tyne
    newfoundland
    newfoundland and labrador
    newport beach
    newport news
    ngerulmud
    niamey
    nicosia
    nicosie
    nidwalden
    niedersachsen
    nievre
    niigata
    nijmegen
    nimes
    ningbo
    ningxia
    niort
    nivelles
    nizhny novgorod
    nogent-sur-marne
    noida
    noisy-le-grand
    noisy-le-sec
    noord-brabant
    noord-holland
    nord-pas-de-calais
    nordrhein-westfalen
    norfolk
    normandie
    normandy
    north africa
    north america
    north carolina
    north chungcheong
    north dakota
    north gyeongsang
    north holland
    north jeolla
    north las vegas
    north rhine-westphalia
    northampton
    northbrook
    northern europe
    northern ireland
    northern territory
    northwest territories
    norwalk
    norwich
    nottingham
    nouadhibou
    nouakchott
    noumea
    nouveau-brunswick
    nouveau-mexique
    nouvelle-angleterre
    nouvelle-aquitaine
    nouvelle-caledonie
    nouvelle-ecosse
    nouvelle-galles du sud
    nouvelle-orleans
    nova scotia
    novara
    novi sad
    novosibirsk
    nuevo leon
    nuku'alofa
    nunavut
    nur-sultan
    nuremberg
    nurnberg
    nuuk
    nyon
    oak brook
    oakland
    oaxaca
    oberhausen
    obwalden
    occitania
    occitanie
    oceania
    oceanie
    oceanside
    odense
    odesa
    odessa
    odisha
    offenbach
    ohio
    oise
    okayama
    okinawa
    oklahoma
    oklahoma city
    olathe
    oldenburg
    olsztyn
    omaha
    ombrie
    omdurman
    omsk
    ontario
    oost-vlaanderen
    oostende
    opole
    oporto
    oran
    orebro
    oregon
    orissa
    orleans
    orly
    orne
    osaka
    oshawa
    oslo
    osnabruck
    ostend
    ostende
    ostrava
    ottawa
    ottignies
    ouagadougou
    oujda
    oulan-bator
    oulu
    overijssel
    overland park
    oviedo
    oxford
    oxfordshire
    oxnard
    pacific northwest
    paderborn
    padoue
    padova
    padua
    palaiseau
    palembang
    palerme
    palermo
    palikir
    palma de majorque
    palma de mallorca
    palmdale
    palo alto
    pampelune
    pamplona
    panama city
    pangyo
    pantin
    papeete
    paramaribo
    parana
    paris
    parma
    parme
    parramatta
    parsippany
    pas-de-calais
    pasadena
    pasig
    passau
    patna
    patras
    pattaya
    pays basque
    pays basque francais
    pays de galles
    pays de la loire
    pearl river delta
    pekin
    peking
    pembroke pines
    penang
    peninsule arabique
    penjab
    pennsylvania
    pennsylvanie
    peoria
    perigueux
    pernambuco
    perouse
    perpignan
    persian gulf
    perth
    perugia
    pescara
    peshawar
    pessac
    petah tikva
    peterborough
    pforzheim
    philadelphia
    philadelphie
    phnom penh
    phuket
    piacenza
    picardie
    picardy
    piedmont
    piemont
    piemonte
    piraeus
    pisa
    pise
    pittsburgh
    plano
    plateau de saclay
    pleasanton
    plovdiv
    plzen
    podgorica
    pohang
    pointe-a-pitre
    pointe-noire
    poissy
    poitiers
    poitou
    poitou-charentes
    polynesie francaise
    pomona
    pontoise
    port elizabeth
    port harcourt
    port louis
    port moresby
    port of spain
    port said
    port st. lucie
    port vila
    port-au-prince
    port-d'espagne
    port-gentil
    portland
    porto
    porto alegre
    porto rico
    porto-novo
    portofino
    portsmouth
    potsdam
    pouilles
    poznan
    prague
    praha
    praia
    prato
    pretoria
    prince edward island
    princeton
    pristina
    proche-orient
    provence
    provence-alpes-cote d'azur
    provo
    puebla
    puerto rico
    puglia
    pune
    punjab
    punta del este
    pusan
    puteaux
    putrajaya
    puy-de-dome
    pyeongtaek
    pyongyang
    pyrenees-atlantiques
    pyrenees-orientales
    qingdao
    qinghai
    qom
    quebec
    quebec city
    queensland
    queenstown
    queretaro
    quetta
    quezon city
    quimper
    quintana roo
    quito
    rabat
    rafah
    rahway
    raipur
    rajasthan
    ramallah
    ramat gan
    ranchi
    rancho cucamonga
    rangoon
    raqqa
    ras al khaimah
    ratisbonne
    ravenna
    ravenne
    rawalpindi
    recife
    redmond
    redwood city
    regensburg
    reggio calabria
    reggio emilia
    rehovot
    reims
    rennes
    renton
    research triangle
    research triangle park
    reston
    reunion island
    reykjavik
    reze
    rheinland-pfalz
    rhenanie
    rhenanie-du-nord-westphalie
    rhenanie-palatinat
    rhineland
    rhineland-palatinate
    rhode island
    rhone
    rhone-alpes
    ribeirao preto
    richmond
    riga
    rijeka
    rimini
    rio de janeiro
    rio grande do sul
    riyad
    riyadh
    roanne
    rochester
    rockford
    rockville
    rodez
    roeselare
    roissy
    roissy-en-france
    romans-sur-isere
    rome
    roseville
    rosny-sous-bois
    rostock
    rostov-on-don
    rostov-sur-le-don
    rotterdam
    roubaix
    rouen
    round rock
    roussillon
    rueil-malmaison
    ruhr
    rungis
    rust belt
    rzeszow
    saarbrucken
    saarland
    sabah
    sachsen
    sachsen-anhalt
    saclay
    sacramento
    saguenay
    sahel
    saigon
    saint paul
    saint petersburg
    saint-barthelemy
    saint-brieuc
    saint-chamond
    saint-cloud
    saint-denis
    saint-denis de la reunion
    saint-die-des-vosges
    saint-dizier
    saint-domingue
    saint-etienne
    saint-etienne-du-rouvray
    saint-gall
    saint-germain-en-laye
    saint-herblain
    saint-laurent-du-maroni
    saint-lo
    saint-louis
    saint-malo
    saint-maur-des-fosses
    saint-nazaire
    saint-ouen
    saint-ouen-sur-seine
    saint-petersbourg
    saint-pierre-et-miquelon
    saint-priest
    saint-quentin
    saint-quentin-en-yvelines
    saint-raphael
    saint-sebastien
    saint-tropez
    saitama
    salamanca
    salamanque
    salerne
    salerno
    salford
    salon-de-provence
    salonique
    salt lake city
    saltillo
    salzbourg
    salzburg
    samarkand
    samsun
    san antonio
    san bernardino
    san diego
    san francisco
    san francisco bay area
    san jose
    san juan
    san luis potosi
    san marino
    san mateo
    san pedro sula
    san rafael
    san ramon
    san salvador
    san sebastian
    sanaa
    sandton
    sankt gallen
    santa ana
    santa barbara
    santa catarina
    santa clara
    santa clarita
    santa cruz
    santa cruz de la sierra
    santa cruz de tenerife
    santa fe
    santa monica
    santa rosa
    santiago de chile
    santiago du chili
    santo domingo
    sao jose dos campos
    sao luis
    sao paulo
    sao tome
    saone-et-loire
    saragosse
    sarajevo
    sarasota
    sarawak
    sarcelles
    sardaigne
    sardegna
    sardinia
    sarre
    sarrebruck
    sarreguemines
    sarthe
    sartrouville
    saskatchewan
    saskatoon
    sassari
    saumur
    savigny-sur-orge
    savoie
    saxe-anhalt
    saxony
    saxony-anhalt
    scandinavia
    scandinavie
    schaffhausen
    schaffhouse
    schaumburg
    schiphol
    schleswig-holstein
    schwerin
    schwyz
    scotland
    scottsdale
    scranton
    se-tchouan
    seattle
    sebastopol
    secaucus
    segovia
    segovie
    seine-et-marne
    seine-maritime
    seine-saint-denis
    sejong
    selangor
    selestat
    semarang
    sendai
    senlis
    seongnam
    seoul
    seraing
    sete
    setif
    setubal
    sevastopol
    sevilla
    seville
    sevran
    sfax
    shaanxi
    shandong
    shanghai
    shantou
    shanxi
    shaoxing
    sharjah
    sharm el-sheikh
    sheffield
    shenyang
    shenzhen
    sherbrooke
    shijiazhuang
    shikoku
    shiraz
    shizuoka
    shreveport
    shrewsbury
    siberia
    siberie
    sichuan
    sicile
    sicilia
    sicily
    sidon
    siegen
    siem reap
    siena
    sienne
    sikkim
    silesia
    silesie
    silicon alley
    silicon beach
    silicon valley
    silicon wadi
    simferopol
    simi valley
    sinaloa
    sindelfingen
    singapore
    singapour
    sioux falls
    skopje
    sochaux
    sochi
    sodertalje
    soissons
    soleure
    solothurn
    somerville
    songdo
    sonora
    sophia antipolis
    sophia-antipolis
    sopot
    sorrento
    sotteville-les-rouen
    sousse
    south america
    south australia
    south bend
    south carolina
    south chungcheong
    south dakota
    south gyeongsang
    south holland
    south jeolla
    south san francisco
    south tyrol
    south-east asia
    southampton
    southeast asia
    southern africa
    southern europe
    soweto
    spokane
    springfield
    srinagar
    st andrews
    st gallen
    st louis
    st. catharines
    st. gallen
    st. john's
    st. louis
    st. paul
    st. petersburg
    stamford
    stansted
    staten island
    stavanger
    stellenbosch
    stockholm
    stockport
    stoke-on-trent
    strasbourg
    stuttgart
    sub-saharan africa
    sudbury
    sugar land
    sumatra
    sun belt
    sunderland
    sunnyvale
    sunshine coast
    surabaya
    surat
    suresnes
    surrey
    sussex
    suva
    suwon
    suzhou
    swansea
    swindon
    sydney
    syracuse
    szczecin
    szeged
    tabriz
    tachkent
    tacoma
    taguig
    tahiti
    taichung
    tainan
    taipei
    taiwan
    taiyuan
    taizhou
    talence
    tallahassee
    tallinn
    tamaulipas
    tamil nadu
    tampa
    tampere
    tananarive
    tanger
    tangier
    tangiers
    tangshan
    taoyuan
    taranto
    tarawa
    tarbes
    tarente
    tarn
    tarn-et-garonne
    tarragona
    tarragone
    tarrytown
    tartu
    tashkent
    tasmania
    tasmanie
    tbilisi
    tbilissi
    tegucigalpa
    teheran
    tehran
    tel aviv
    tel-aviv
    telangana
    telford
    tempe
    tenerife
    tennessee
    teresina
    terrassa
    terre-neuve
    terre-neuve-et-labrador
    territoire de belfort
    territoire du nord
    territoires du nord-ouest
    tessin
    tetouan
    texas
    thane
    the bronx
    the hague
    the woodlands
    thessaloniki
    thessalonique
    thies
    thimphu
    thionville
    thiruvananthapuram
    thonon-les-bains
    thoune
    thousand oaks
    thun
    thunder bay
    thurgau
    thurgovie
    thuringe
    thuringen
    thuringia
    tianjin
    tibet
    ticino
    tijuana
    tilburg
    timisoara
    tirana
    tizi ouzou
    tlemcen
    tochigi
    tokyo
    tolede
    toledo
    toluca
    topeka
    torino
    toronto
    torrance
    torshavn
    torun
    toscana
    toscane
    touba
    toulon
    toulouse
    tourcoing
    tournai
    townsville
    trabzon
    transylvania
    transylvanie
    tremblay-en-france
    trentino
    trentino-alto adige
    trento
    trenton
    trier
    trieste
    tripoli
    tripura
    trivandrum
    trois-rivieres
    tromso
    trondheim
    troyes
    tshwane
    tucson
    tucuman
    tulsa
    tunis
    turin
    turku
    tuscany
    tyrol
    tyrol du sud
    uberlandia
    udine
    ufa
    ulaanbaatar
    ulm
    ulsan
    umbria
    umea
    unterfohring
    uppsala
    urumqi
    utah
    utrecht
    uttar pradesh
    uttarakhand
    vadodara
    vaduz
    val-d'oise
    val-de-marne
    valais
    valbonne
    valence
    valencia
    valenciennes
    valladolid
    vallee d'aoste
    valletta
    valparaiso
    vancouver
    vannes
    vantaa
    vanves
    varanasi
    varna
    varsovie
    vasteras
    vatican city
    vaucluse
    vaud
    veldhoven
    velizy-villacoublay
    vendee
    venetie
    veneto
    venezia
    venice
    venise
    venissieux
    venlo
    veracruz
    verdun
    vermont
    verona
    verone
    versailles
    verviers
    vesoul
    vevey
    vicenza
    vienna
    vienne
    vientiane
    vigo
    vijayawada
    ville de quebec
    villefranche-sur-saone
    villejuif
    villeneuve-d'ascq
    villeneuve-saint-georges
    villepinte
    villeurbanne
    vilnius
    vina del mar
    vincennes
    virginia
    virginia beach
    virginie-occidentale
    visakhapatnam
    visalia
    vitoria-gasteiz
    vitrolles
    vitry-sur-seine
    vlaanderen
    vladivostok
    volgograd
    voronezh
    vosges
    waco
    wales
    walldorf
    wallis-et-futuna
    wallonia
    wallonie
    walloon brabant
    walnut creek
    waltham
    warrington
    warsaw
    warszawa
    washington
    washington dc
    washington state
    watford
    wattrelos
    wavre
    weimar
    wenzhou
    west africa
    west bank
    west bengal
    west coast
    west flanders
    west midlands
    west valley city
    west virginia
    west-vlaanderen
    western australia
    western cape
    western europe
    whippany
    white plains
    whitehorse
    wichita
    wien
    wiesbaden
    wigan
    wilmington
    windhoek
    winnipeg
    winston-salem
    winterthur
    wisconsin
    wolfsburg
    wollongong
    wolverhampton
    worcester
    wrexham
    wroclaw
    wuhan
    wuppertal
    wurzburg
    wyoming
    xi'an
    xiamen
    xining
    xinjiang
    xuzhou
    yamoussoukro
    yangon
    yangtze river delta
    yantai
    yaounde
    yekaterinburg
    yellowknife
    yerevan
    yinchuan
    yiwu
    yogyakarta
    yokohama
    yokosuka
    yongbyon
    yongin
    yonkers
    yonne
    york
    yorkshire
    youngstown
    yucatan
    yunnan
    yvelines
    yverdon-les-bains
    zaanstad
    zagreb
    zanzibar
    zaporizhzhia
    zaragoza
    zarqa
    zaventem
    zeeland
    zhejiang
    zhengzhou
    zhongshan
    zhuhai
    zoug
    zuffenhausen
    zug
    zuid-holland
    zurich
    zwickau
    zwolle
"""

PLACE_NAMES: frozenset[str] = frozenset(line.strip() for line in _LIST.splitlines() if line.strip())
"""The place names, one a line (several words, hyphens and apostrophes kept)."""
